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
 * An age is counted at the grid point nearest to it (in days of 1/365.25
 * year), so the dates service_years() reads keep their exact age below ten
 * years.  Ages above LT_MAX_AGE years are rejected in both forms.
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
 * Returns 1, or 0 with err set (PARSE_INVALID_VALUE / PARSE_OUT_OF_RANGE).
 */
extern int	lt_check_observation(double age, double entry, int retired,
								 ParseError *err);

/*
 * Checks a histogram of nbins bins: every life enters no later than it
 * leaves, so at every grid point the lives that entered up to it are at
 * least those that left before it plus those that leave at it, and in all
 * as many enter as leave.  Returns 1, or 0 with err set.
 */
extern int	lt_check_histogram(const uint32_t *events, const uint32_t *censored,
							   const uint32_t *entries, int nbins,
							   ParseError *err);

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
							ParseError *err);

#endif							/* CIRCULAR_ICT_LIFETABLE_PARSE_H */
