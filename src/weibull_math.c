/*
 * src/weibull_math.c
 *		Weibull numerics without the server: mean residual life through the
 *		upper incomplete gamma function, cumulative hazard differences, and
 *		the maximum-likelihood fit with right censoring and delayed entry.
 *
 * Formulas: doc/derivations.md#weibull-formulas ("Computing m(t) in C",
 * "Fitting from an asset register").
 */
#include <float.h>
#include <math.h>
#include <stddef.h>

#include "weibull_math.h"

/* Iteration limit of the incomplete gamma expansions and of the solver */
#define WB_MAX_ITER 100000
/* Smallest magnitude the modified Lentz algorithm lets a partial reach */
#define WB_TINY 1e-300

/*
 * (t/lambda)^p: the plain power unless t/lambda left the normal range,
 * where e^(p (ln t - ln lambda)) keeps the result (an overflowed ratio
 * would give Infinity or 0 for every p, NaN after a subtraction)
 */
double
wb_scaled_power(double t, double scale, double p)
{
	double		x = t / scale;

	if (t > 0.0 && !isinf(t) && (isinf(x) || x < DBL_MIN))
		return exp(p * (log(t) - log(scale)));
	return pow(x, p);
}

/* lambda * base^(1/k), by logarithms where base^(1/k) alone leaves the range */
double
wb_scaled_root(double scale, double base, double shape)
{
	double		r = pow(base, 1.0 / shape);

	if (isinf(r) || r < DBL_MIN)
		return exp(log(scale) + log(base) / shape);
	return scale * r;
}

/* e^z * Gamma(a), by logarithms when the product would overflow */
static double
exp_times_gamma(double z, double a)
{
	if (a < 100.0)
		return exp(z) * tgamma(a);
	return exp(z + lgamma(a));
}

/*
 * e^z * Gamma(a, z) / x where x = z^a, for z < a + 1: Gamma(a) e^z / x minus
 * the series of the lower function (Numerical Recipes 6.2, gser), whose
 * terms are z^n / (a (a+1) ... (a+n)).  Returned in two parts so that the
 * caller scales before subtracting.
 */
static double
upper_gamma_by_series(double a, double z, double x)
{
	double		ap = a;
	double		term = 1.0 / a;
	double		sum = term;
	int			i;

	for (i = 0; i < WB_MAX_ITER; i++)
	{
		ap += 1.0;
		term *= z / ap;
		sum += term;
		if (fabs(term) < fabs(sum) * DBL_EPSILON)
			return exp_times_gamma(z, a) - x * sum;
	}
	return NAN;
}

/*
 * The continued fraction CF(a, z) of Gamma(a, z) = e^-z z^a CF(a, z), for
 * z >= a + 1, by the modified Lentz method (Numerical Recipes 6.2, gcf)
 */
static double
upper_gamma_fraction(double a, double z)
{
	double		b = z + 1.0 - a;
	double		c = 1.0 / WB_TINY;
	double		d = 1.0 / b;
	double		h = d;
	int			i;

	for (i = 1; i < WB_MAX_ITER; i++)
	{
		double		an = -i * (i - a);
		double		delta;

		b += 2.0;
		d = an * d + b;
		if (fabs(d) < WB_TINY)
			d = WB_TINY;
		c = b + an / c;
		if (fabs(c) < WB_TINY)
			c = WB_TINY;
		d = 1.0 / d;
		delta = d * c;
		h *= delta;
		if (fabs(delta - 1.0) < DBL_EPSILON)
			return h;
	}
	return NAN;
}

/*
 * Mean residual life (lambda/k) e^z Gamma(1/k, z).  With z^(1/k) = t/lambda
 * the fraction form is (t/k) CF(1/k, z): no exponential at all.
 */
double
wb_mean_residual_life(double shape, double scale, double t)
{
	double		a = 1.0 / shape;
	double		x = t / scale;
	double		z;

	if (t == 0.0)
	{
		double		mean = scale * tgamma(1.0 + a);

		if (isinf(mean))
			mean = exp(log(scale) + lgamma(1.0 + a));
		return mean;
	}
	z = wb_scaled_power(t, scale, shape);
	if (isinf(z))
	{
		/* m(t) ~ 1/h(t) with relative error (a - 1)/z, here below 1e-308 */
		return (scale / shape) * wb_scaled_power(t, scale, 1.0 - shape);
	}
	if (z > 1e15)
	{
		/*
		 * e^z Gamma(a, z) = z^(a-1) (1 + (a-1)/z + O(z^-2)), and z^a = x; the
		 * fraction would start from a denormal 1/z near the top of the range
		 */
		return (scale / shape) * wb_scaled_power(t, scale, 1.0 - shape) * (1.0 + (a - 1.0) / z);
	}
	if (z < a + 1.0)
		return (scale / shape) * upper_gamma_by_series(a, z, x);
	return (t / shape) * upper_gamma_fraction(a, z);
}

/*
 * (b/lambda)^k - (a/lambda)^k without the cancellation of the plain
 * difference when b is close to a: (a/lambda)^k * expm1(k log1p((b-a)/a));
 * za = (a/lambda)^k, from wb_scaled_power
 */
static double
hazard_increment(double shape, double scale, double a, double b, double za)
{
	double		r;

	if (b <= a)
		return 0.0;
	if (a == 0.0 || b >= 2.0 * a || isinf(b))
	{
		double		zb = wb_scaled_power(b, scale, shape);

		/* both powers overflowed: (b/lambda)^k (1 - (a/b)^k) by logarithms */
		if (isinf(zb) && !isinf(b) && a > 0.0)
			return exp(shape * (log(b) - log(scale)) + log(-expm1(shape * log(a / b))));
		return zb - za;
	}
	r = expm1(shape * log1p((b - a) / a));
	/* (b/a)^k overflowed: (a/lambda)^k is negligible beside (b/lambda)^k */
	if (isinf(r))
		return wb_scaled_power(b, scale, shape);
	if (isinf(za))
		return exp(shape * (log(a) - log(scale)) + log(r));
	return za * r;
}

/* Cumulative hazard difference (b/lambda)^k - (a/lambda)^k (weibull_math.h) */
double
wb_hazard_increment(double shape, double scale, double a, double b)
{
	return hazard_increment(shape, scale, a, b, wb_scaled_power(a, scale, shape));
}

/*
 * wb_hazard_increment(shape, scale, a, a + h[i]) for each of n steps
 * h[i] >= 0, with (a/lambda)^k computed once: the same values, fewer powers
 */
void
wb_hazard_increments(double shape, double scale, double a, const double *h, int n,
					 double *out)
{
	double		za = wb_scaled_power(a, scale, shape);

	for (int i = 0; i < n; i++)
		out[i] = hazard_increment(shape, scale, a, a + h[i], za);
}

/* The sums the profile likelihood needs at one shape */
typedef struct WbSums
{
	double		b;				/* sum of u^k over exits minus entries */
	double		a;				/* the same weighted by ln u */
	double		a2;				/* the same weighted by (ln u)^2 */
} WbSums;

/* Sums over exits (added) and entries (subtracted) of u^k, u^k ln u, ... */
static WbSums
profile_sums(const WbExit *exits, int nexits, const WbEntry *entries,
			 int nentries, double k)
{
	WbSums		s = {0.0, 0.0, 0.0};
	int			i;

	for (i = 0; i < nexits; i++)
	{
		double		w;

		if (exits[i].age <= 0.0 || exits[i].exits == 0.0)
			continue;
		w = exits[i].exits * exp(k * exits[i].lnu);
		s.b += w;
		s.a += w * exits[i].lnu;
		s.a2 += w * exits[i].lnu * exits[i].lnu;
	}
	for (i = 0; i < nentries; i++)
	{
		double		w = entries[i].count * exp(k * entries[i].lnu);

		s.b -= w;
		s.a -= w * entries[i].lnu;
		s.a2 -= w * entries[i].lnu * entries[i].lnu;
	}
	return s;
}

/* The profile score g(k) (doc/derivations.md#weibull-formulas) and its derivative */
static double
profile_score(const WbSums *s, double k, double mean_ln_event, double *deriv)
{
	if (deriv)
		*deriv = (s->a2 * s->b - s->a * s->a) / (s->b * s->b) + 1.0 / (k * k);
	return s->a / s->b - 1.0 / k - mean_ln_event;
}

/* Profile log-likelihood at shape k, up to the constant -r ln c - r */
static double
profile_loglik(const WbSums *s, double k, double r, double sum_ln_event)
{
	return r * log(k) - r * log(s->b / r) + (k - 1.0) * sum_ln_event;
}

/* g(k) without delayed entry */
static double
score_at(const WbExit *exits, int nexits, double k, double mean_ln_event)
{
	WbSums		s = profile_sums(exits, nexits, NULL, 0, k);

	return profile_score(&s, k, mean_ln_event, NULL);
}

/*
 * Root of g in [lo, hi] where g(lo) < 0 < g(hi): Newton steps, replaced by
 * bisection whenever one would leave the bracket
 */
static double
refine_root(const WbExit *exits, int nexits, const WbEntry *entries,
			int nentries, double mean_ln_event, double lo, double hi)
{
	double		k = sqrt(lo * hi);
	int			i;

	for (i = 0; i < 400; i++)
	{
		WbSums		s = profile_sums(exits, nexits, entries, nentries, k);
		double		deriv;
		double		g = profile_score(&s, k, mean_ln_event, &deriv);
		double		next;

		if (g == 0.0)
			break;
		if (g < 0.0)
			lo = k;
		else
			hi = k;
		next = k - g / deriv;
		if (!(next > lo && next < hi))
			next = 0.5 * (lo + hi);
		if (fabs(next - k) <= 4.0 * DBL_EPSILON * k)
		{
			k = next;
			break;
		}
		k = next;
		if (hi - lo <= 4.0 * DBL_EPSILON * hi)
			break;
	}
	return k;
}

/* Maximum-likelihood fit with censoring and delayed entry (weibull_math.h) */
WbFitStatus
wb_fit(WbExit *exits, int nexits, WbEntry *entries, int nentries,
	   double *shape, double *scale, double *loglik)
{
	double		c = 0.0;
	double		r = 0.0;
	double		sum_ln_event = 0.0;
	double		first_event_age = -1.0;
	int			distinct_events = 0;
	double		best_k = 0.0;
	double		best_ll = -INFINITY;
	double		k_prev;
	double		g_prev;
	int			i;

	for (i = 0; i < nexits; i++)
	{
		if (exits[i].exits > 0.0 && exits[i].age > c)
			c = exits[i].age;
		if (exits[i].events > 0.0)
		{
			r += exits[i].events;
			if (distinct_events == 0)
			{
				first_event_age = exits[i].age;
				distinct_events = 1;
			}
			else if (exits[i].age != first_event_age)
				distinct_events = 2;
		}
	}
	if (r == 0.0)
		return WB_FIT_NO_RETIREMENTS;
	if (distinct_events < 2)
		return WB_FIT_ONE_RETIREMENT_AGE;

	/* times rescaled by the largest age, so that u^k stays in [0, 1] */
	for (i = 0; i < nexits; i++)
	{
		exits[i].lnu = exits[i].age > 0.0 ? log(exits[i].age / c) : -INFINITY;
		if (exits[i].events > 0.0)
			sum_ln_event += exits[i].events * exits[i].lnu;
	}
	for (i = 0; i < nentries; i++)
		entries[i].lnu = log(entries[i].age / c);

	/*
	 * dl/dk = -r g(k): a maximum is where g crosses from - to +.  Without
	 * delayed entry g is increasing and there is one; with it there may be
	 * several, so scan the whole range and keep the highest.
	 */
	if (nentries == 0)
	{
		/*
		 * g increases: its sign change between two points of the scan's grid
		 * is found by bisecting the grid, g evaluated at the same points the
		 * scan would, so the bracket, the root and the fit are the scan's
		 */
		double		grid[64];
		int			n = 1;
		int			lo = 0;
		int			hi;

		grid[0] = WB_FIT_SHAPE_MIN;
		while (grid[n - 1] < WB_FIT_SHAPE_MAX && n < 64)
		{
			grid[n] = fmin(grid[n - 1] * 1.5, WB_FIT_SHAPE_MAX);
			n++;
		}
		hi = n - 1;
		if (score_at(exits, nexits, grid[0], sum_ln_event / r) < 0.0 &&
			score_at(exits, nexits, grid[hi], sum_ln_event / r) >= 0.0)
		{
			while (hi - lo > 1)
			{
				int			mid = (lo + hi) / 2;

				if (score_at(exits, nexits, grid[mid], sum_ln_event / r) < 0.0)
					lo = mid;
				else
					hi = mid;
			}
			best_k = refine_root(exits, nexits, entries, 0, sum_ln_event / r, grid[lo], grid[hi]);
			{
				WbSums		sr = profile_sums(exits, nexits, entries, 0, best_k);

				best_ll = profile_loglik(&sr, best_k, r, sum_ln_event);
			}
		}
		k_prev = WB_FIT_SHAPE_MAX;	/* no scan */
		g_prev = 0.0;
	}
	else
	{
		WbSums		s = profile_sums(exits, nexits, entries, nentries, WB_FIT_SHAPE_MIN);

		k_prev = WB_FIT_SHAPE_MIN;
		g_prev = profile_score(&s, k_prev, sum_ln_event / r, NULL);
	}
	while (k_prev < WB_FIT_SHAPE_MAX)
	{
		double		k = fmin(k_prev * 1.5, WB_FIT_SHAPE_MAX);
		WbSums		s = profile_sums(exits, nexits, entries, nentries, k);
		double		g = profile_score(&s, k, sum_ln_event / r, NULL);

		if (g_prev < 0.0 && g >= 0.0)
		{
			double		root = refine_root(exits, nexits, entries, nentries,
										   sum_ln_event / r, k_prev, k);
			WbSums		sr = profile_sums(exits, nexits, entries, nentries, root);
			double		ll = profile_loglik(&sr, root, r, sum_ln_event);

			if (ll > best_ll)
			{
				best_ll = ll;
				best_k = root;
			}
		}
		k_prev = k;
		g_prev = g;
	}
	if (best_k == 0.0 || !isfinite(best_ll))
		return WB_FIT_NO_MAXIMUM;

	{
		WbSums		s = profile_sums(exits, nexits, entries, nentries, best_k);

		*shape = best_k;
		*scale = c * pow(s.b / r, 1.0 / best_k);
		*loglik = best_ll - r * log(c) - r;
	}
	return WB_FIT_OK;
}
