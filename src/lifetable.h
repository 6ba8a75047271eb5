/*
 * src/lifetable.h
 *		The lifetable type's storage (lifetable.c), shared with what is
 *		computed from it: the Weibull fit (lifetable_fit.c) and the
 *		Kaplan-Meier curve (kaplan_meier.c).
 */
#ifndef CIRCULAR_ICT_LIFETABLE_H
#define CIRCULAR_ICT_LIFETABLE_H

#include "postgres.h"

#include "fmgr.h"

#include "compat.h"
#include "growable_state.h"
#include "lifetable_parse.h"

/*
 * The state, grown in place (growable_state.h): "used" says how much of
 * the capacity holds data.  After the header:
 *   exact:     float8 age[capacity], float8 entry[capacity],
 *              uint8 retired[capacity]
 *   histogram: uint32 events[capacity], censored[capacity],
 *              entries[capacity]           (indexed by grid point)
 * This is also the stored form of a lifetable value.
 */
typedef struct Lifetable
{
	int32		vl_len_;
	uint8		format;			/* LT_FORMAT_EXACT or LT_FORMAT_HISTOGRAM */
	uint8		reserved[3];
	uint32		capacity;		/* observations or grid points allocated */
	uint32		used;			/* observations, or highest grid point + 1 */
	uint32		reserved2;
} Lifetable;

#define LT_HEADER MAXALIGN(sizeof(Lifetable))

/* A lifetable argument, detoasted and aligned */
#define PG_GETARG_LIFETABLE_P(n) ((Lifetable *) growable_getarg(fcinfo, (n)))

/* Exact state: the ages */
static inline float8 *
lt_ages(Lifetable *lt)
{
	return (float8 *) ((char *) lt + LT_HEADER);
}

/* Exact state: the entry ages */
static inline float8 *
lt_entry_ages(Lifetable *lt)
{
	return lt_ages(lt) + lt->capacity;
}

/* Exact state: the retired flags */
static inline uint8 *
lt_retired(Lifetable *lt)
{
	return (uint8 *) (lt_entry_ages(lt) + lt->capacity);
}

/* Histogram state: retirements per grid point */
static inline uint32 *
lt_events(Lifetable *lt)
{
	return (uint32 *) ((char *) lt + LT_HEADER);
}

/* Histogram state: censorings per grid point */
static inline uint32 *
lt_censored(Lifetable *lt)
{
	return lt_events(lt) + lt->capacity;
}

/* Histogram state: entries per grid point */
static inline uint32 *
lt_entries(Lifetable *lt)
{
	return lt_censored(lt) + lt->capacity;
}

/* The observations of an exact state, sorted (palloc'd) */
extern LtObservation *lt_sorted_observations(Lifetable *lt);

/* Ascending doubles, sorted in place */
extern void lt_sort_doubles(double *v, size_t n);

/* Number of lives in the state, and in *retired how many retired */
extern uint64 lt_lives(Lifetable *lt, uint64 *retired);

#endif							/* CIRCULAR_ICT_LIFETABLE_H */
