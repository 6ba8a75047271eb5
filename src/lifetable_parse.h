/*
 * src/lifetable_parse.h
 *		The lifetable state without the server: its age grid, the checks of
 *		an observation and of a histogram, and the text parser.  Only
 *		standard C headers, so that it can be fuzzed on its own.
 *
 * A lifetable holds observed lives: (age, entry_age, retired).  It keeps
 * them exactly while there are at most LT_EXACT_MAX, and beyond that counts
 * them in a histogram over a fixed age grid:
 *
 *   ages below 10 years      every day      (3653 grid points from 0 days)
 *   then to 40 years         every 14 days  (783 points)
 *   then to 100 years        every 30 days  (731 points)
 *
 * A life leaves (retires or is censored) at the grid point nearest to its
 * age, in days of 1/365.25 year, so the ages service_years() gives keep
 * their exact value below ten years.  It enters at the last grid point at
 * or below its entry age, and is at risk at the grid points after that one
 * up to the one where it leaves: the risk set #{a < t <= age} of the exact
 * form, evaluated at grid points.  (At grid point 0, which holds the lives
 * leaving within half a day, the lives entering there are at risk; a life
 * entering and leaving between two grid points enters at the point before
 * the one where it leaves.)  Ages above LT_MAX_AGE years are rejected in
 * both forms.
 *
 * Text forms (what lifetable_out writes and lifetable_in reads):
 *   exact{2.5, 3+, 4@1, 4.5+@1}    age, "+" if still in service (censored),
 *                                  "@entry" if it entered at that age > 0
 *   histogram{0:0/0/12, 1096:3/1/0}  grid index: retired/censored/entered
 */
#ifndef CIRCULAR_ICT_LIFETABLE_PARSE_H
#define CIRCULAR_ICT_LIFETABLE_PARSE_H

#include <stdint.h>

#include "weibull_parse.h"

#define LT_DAYS_PER_YEAR 365.25
#define LT_MAX_AGE 100.0		/* years */
#define LT_EXACT_MAX 3800		/* observations kept exactly */
#define LT_BINS 5167			/* points of the histogram grid */

#define LT_FORMAT_EXACT 1
#define LT_FORMAT_HISTOGRAM 2

/* Grid index of an age in [0, LT_MAX_AGE] years */
extern int	lt_bin_of_age(double age);

/*
 * The grid points where a life (age, entry, retired) leaves and enters,
 * by the rules above
 */
extern void lt_grid_points(double age, double entry, int retired,
						   int *exit_bin, int *entry_bin);

/* The age (years) of a grid point, as kaplan_meier reports it */
extern double lt_bin_age(int bin);

/*
 * The age (years) at which the likelihood places a retirement counted at a
 * grid point: the point itself, except at 0, whose lives left service in
 * their first half day: there, a quarter day (the middle of [0, 1/2 day))
 */
extern double lt_bin_fit_age(int bin);

/*
 * Checks one observation: age in [0, LT_MAX_AGE], entry_age in [0, age],
 * and entry_age < age when retired (a retirement needs time at risk).
 * Returns 1, or 0 with err set (SCAN_INVALID_VALUE / SCAN_OUT_OF_RANGE).
 */
extern int	lt_check_observation(double age, double entry, int retired,
								 ScanError *err);

/*
 * Checks a histogram of nbins bins: the lives retiring at a grid point are
 * at risk there, no more lives have left by a grid point than have entered
 * by it, and in all as many enter as leave.  Returns 1, or 0 with err set.
 */
extern int	lt_check_histogram(const uint32_t *events, const uint32_t *censored,
							   const uint32_t *entries, int nbins,
							   ScanError *err);

/* What lifetable_parse read */
typedef struct LifetableParsed
{
	int			format;			/* LT_FORMAT_EXACT or LT_FORMAT_HISTOGRAM */
	int			count;			/* observations, or highest grid index + 1 */
	double		age[LT_EXACT_MAX];
	double		entry[LT_EXACT_MAX];
	unsigned char retired[LT_EXACT_MAX];
	uint32_t	events[LT_BINS];
	uint32_t	censored[LT_BINS];
	uint32_t	entries[LT_BINS];
} LifetableParsed;

/* Parses a text form into out (about 130 kB); returns 1, or 0 with err set */
extern int	lifetable_parse(const char *str, LifetableParsed *out,
							ScanError *err);

/* One exact observation: a life's age, entry age and whether it retired */
typedef struct LtObservation
{
	double		age;
	double		entry;
	int			retired;
} LtObservation;

/*
 * The order of the canonical text (lifetable_out): by age, at the same age
 * retirements first, then by entry age.  Inline, so that the server's sort
 * (sort_template) inlines it too.
 */
static inline int
lt_observation_cmp(const LtObservation *x, const LtObservation *y)
{
	if (x->age != y->age)
		return x->age < y->age ? -1 : 1;
	if (x->retired != y->retired)
		return x->retired ? -1 : 1;
	if (x->entry != y->entry)
		return x->entry < y->entry ? -1 : 1;
	return 0;
}

#endif							/* CIRCULAR_ICT_LIFETABLE_PARSE_H */
