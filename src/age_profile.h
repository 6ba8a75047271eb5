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

#endif							/* CIRCULAR_ICT_AGE_PROFILE_H */
