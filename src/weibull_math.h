/*
 * src/weibull_math.h
 *		Weibull numerics that need no server: mean residual life through the
 *		upper incomplete gamma function, and the censored, left-truncated
 *		maximum-likelihood fit.
 *
 * Shape k > 0 and scale lambda > 0; ages in years.  Only standard C headers,
 * so the code can be tested and fuzzed outside PostgreSQL.
 */
#ifndef CIRCULAR_ICT_WEIBULL_MATH_H
#define CIRCULAR_ICT_WEIBULL_MATH_H

/*
 * Mean residual life m(t) = E[T - t | T > t] for finite t >= 0, computed as
 * (lambda/k) * e^z * Gamma(1/k, z) with z = (t/lambda)^k: the series for the
 * lower function when z < 1/k + 1, the continued fraction (where
 * e^z * Gamma(a, z) = z^a * CF) otherwise, so that it stays finite where
 * S(t) = e^-z underflows.  Returns NaN if an expansion did not converge.
 */
extern double wb_mean_residual_life(double shape, double scale, double t);

/*
 * (t/lambda)^p for t >= 0, through logarithms where the ratio t/lambda
 * alone over- or underflows although the power may not (tiny lambda, shape
 * far from 1)
 */
extern double wb_scaled_power(double t, double scale, double p);

/*
 * lambda * base^(1/k) for base >= 0, through logarithms where base^(1/k)
 * alone would leave the range although the product may not
 */
extern double wb_scaled_root(double scale, double base, double shape);

/* Cumulative hazard difference (b/lambda)^k - (a/lambda)^k, 0 <= a <= b */
extern double wb_hazard_increment(double shape, double scale, double a, double b);

/* The same from a to a + h[i] for n steps h[i] >= 0, (a/lambda)^k computed once */
extern void wb_hazard_increments(double shape, double scale, double a, const double *h,
								 int n, double *out);

/* One group of exits (retirements and censorings) at the same age */
typedef struct WbExit
{
	double		age;			/* years, >= 0 */
	double		events;			/* retirements at this age */
	double		exits;			/* retirements + censorings at this age */
	double		lnu;			/* workspace: ln(age / max age) */
} WbExit;

/* One group of delayed entries at the same age (age > 0) */
typedef struct WbEntry
{
	double		age;			/* years, > 0 */
	double		count;
	double		lnu;			/* workspace */
} WbEntry;

typedef enum WbFitStatus
{
	WB_FIT_OK = 0,
	WB_FIT_NO_RETIREMENTS,		/* no event: the scale has no finite MLE */
	WB_FIT_ONE_RETIREMENT_AGE,	/* fewer than two distinct event ages */
	WB_FIT_NO_MAXIMUM			/* no stationary point in the shape range */
} WbFitStatus;

/* Smallest and largest shape the fit searches */
#define WB_FIT_SHAPE_MIN 0.01
#define WB_FIT_SHAPE_MAX 1000.0

/*
 * Maximum-likelihood Weibull fit with right censoring and delayed entry.
 * Exits at age 0 are allowed only without events; entries must be at ages
 * below the exits of the same lives (the caller checked).  On WB_FIT_OK
 * sets shape, scale and the log-likelihood at the maximum.
 */
extern WbFitStatus wb_fit(WbExit *exits, int nexits, WbEntry *entries,
						  int nentries, double *shape, double *scale,
						  double *loglik);

#endif							/* CIRCULAR_ICT_WEIBULL_MATH_H */
