/*
 * src/age_profile.h
 *		Reading the age profiles of age_profile.c: 2-D float8 arrays of rows
 *		(age, weight, ...).
 */
#ifndef CIRCULAR_ICT_AGE_PROFILE_H
#define CIRCULAR_ICT_AGE_PROFILE_H

#include "postgres.h"

#include "utils/array.h"

/* The most weights a row of a profile may carry */
#define AGE_PROFILE_MAX_WEIGHTS 100

/* Rejects an age that is not a finite number of years, 0 or more */
extern void age_profile_check_age(double age);

/*
 * The rows of a profile, checked (2-D float8, at least one weight column,
 * ages finite, 0 or more and not NULL): element (r, c) is
 * values[r * columns + c], NULL where nulls[r * columns + c] (nulls is
 * NULL when the array holds no NULL); column 0 the age
 */
extern void age_profile_read(ArrayType *profile, int *rows, int *columns,
							 const double **values, const bool **nulls);

/*
 * A memo of what a profile's rows compute from their age alone (a mean
 * remaining life, the interval shares of a forecast): the rows of a fleet's
 * profile repeat ages (whole days over a few years), so a large profile has
 * far fewer ages than rows.  Keyed by the age's bits, so that a value found
 * is the very value the computation gave for that age (the answers do not
 * change, only how often they are computed).  Holds at most
 * AGE_MEMO_MAX_AGES ages; beyond that, age_memo_find says "not kept".
 */
#define AGE_MEMO_MAX_AGES 16384

typedef struct AgeMemo
{
	uint64	   *keys;			/* the age's bits, AGE_MEMO_EMPTY where free */
	int32	   *index;			/* the age's entry: 0, 1, ... in order of arrival */
	uint32		mask;			/* slots - 1 */
	int32		used;			/* entries */
	int32		limit;			/* the most entries */
} AgeMemo;

/* A memo for a profile of the given number of rows (palloc'd) */
extern void age_memo_init(AgeMemo *memo, int rows);

/*
 * The entry of age: >= 0 with *found set when the age was kept, >= 0 with
 * *found clear when it is new (the caller fills entry used - 1), -1 when
 * the memo is full and the age not in it
 */
extern int	age_memo_find(AgeMemo *memo, double age, bool *found);

#endif							/* CIRCULAR_ICT_AGE_PROFILE_H */
