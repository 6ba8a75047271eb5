/*
 * src/forecast.c
 *		expected_retirements(w, age, quantity, horizons): the aggregate that
 *		sums, over a fleet, how many units are expected to retire in each of
 *		the intervals (h[k-1], h[k]] years from now (h[0] = 0).
 *
 * One transition call per asset line computes every interval, where a
 * per-interval function would cost one call per asset and interval.  The
 * state is a float8[] (a real type, so Citus and parallel workers can
 * split the aggregate), updated in place when called as an aggregate.
 *
 * expected_retirements(w, profile, horizons) does the same over the rows
 * of an age profile (age_profile.c), for several weights at once: a report
 * collects its units in the parallel pass that builds the lifetable, and
 * applies the fitted distribution afterwards.
 */
#include "postgres.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "utils/array.h"

#include "age_profile.h"
#include "array_data.h"
#include "compat.h"
#include "scan.h"
#include "weibull.h"
#include "weibull_math.h"

/* The most intervals one call may ask for */
#define EXPECTED_RETIREMENTS_MAX_HORIZONS 1000

PG_FUNCTION_INFO_V1(expected_retirements_add);
PG_FUNCTION_INFO_V1(expected_retirements_combine);
PG_FUNCTION_INFO_V1(expected_retirements_profile);

/* The horizons as a C array, checked: 1..1000 finite increasing values > 0 */
static const float8 *
checked_horizons(ArrayType *h, int *n)
{
	const float8 *v;
	int			count;

	if (ARR_NDIM(h) != 1 || ARR_HASNULL(h) || ARR_ELEMTYPE(h) != FLOAT8OID)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("horizons must be a one-dimensional float8 array without NULLs")));
	count = ArrayGetNItems(ARR_NDIM(h), ARR_DIMS(h));
	if (count < 1 || count > EXPECTED_RETIREMENTS_MAX_HORIZONS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("horizons must hold between 1 and %d values", EXPECTED_RETIREMENTS_MAX_HORIZONS),
				 errdetail("It holds %d.", count)));
	v = (float8 *) array_data(h);
	for (int i = 0; i < count; i++)
	{
		if (!(v[i] > (i == 0 ? 0.0 : v[i - 1])) || isinf(v[i]))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("horizons must be finite, greater than 0 and increasing"),
					 errdetail("Value %d is %s.", i + 1, float8_message_text(v[i]))));
	}
	*n = count;
	return v;
}

/* A new zeroed state of n intervals, in the current memory context */
static ArrayType *
new_state(int n)
{
	Datum	   *zeros = palloc(n * sizeof(Datum));
	ArrayType  *a;

	for (int i = 0; i < n; i++)
		zeros[i] = Float8GetDatum(0.0);
	a = construct_array(zeros, n, FLOAT8OID, sizeof(float8), FLOAT8PASSBYVAL, TYPALIGN_DOUBLE);
	pfree(zeros);
	return a;
}

/* The state as a C array of its n intervals, checked */
static float8 *
state_values(ArrayType *s, int *n)
{
	if (ARR_NDIM(s) != 1 || ARR_HASNULL(s) || ARR_ELEMTYPE(s) != FLOAT8OID)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("an expected_retirements state is a one-dimensional float8 array without NULLs")));
	*n = ArrayGetNItems(ARR_NDIM(s), ARR_DIMS(s));
	return (float8 *) array_data(s);
}

/*
 * The shares of the intervals (h[k-1], h[k]] years from now (h[-1] = 0) in
 * which a unit of w now age years old retires: P(h[k-1] < T - age <= h[k] |
 * T > age).  The conditional survivals exp(-(H(age + h) - H(age))) stay
 * accurate where S(age) itself underflows.
 */
static void
interval_shares(const Weibull *w, double age, const float8 *h, int n, double *share)
{
	double		increments[EXPECTED_RETIREMENTS_MAX_HORIZONS];
	double		before = 1.0;

	wb_hazard_increments(w->shape, w->scale, age, h, n, increments);
	for (int k = 0; k < n; k++)
	{
		double		after = exp(-increments[k]);

		share[k] = before - after;
		before = after;
	}
}

/*
 * The interval shares of the last row computed in this backend, and its
 * inputs.  A report sums several figures of the same units (units,
 * emissions, grams) with one expected_retirements each: the calls after
 * the first on a row find its shares here instead of recomputing them.
 */
static struct
{
	bool		valid;
	double		shape;
	double		scale;
	double		age;
	int			n;
	double		horizon[EXPECTED_RETIREMENTS_MAX_HORIZONS];
	double		share[EXPECTED_RETIREMENTS_MAX_HORIZONS];
}			last_row;

/* Whether last_row holds the shares of w at age over horizons h[0..n-1] */
static bool
last_row_matches(const Weibull *w, double age, const float8 *h, int n)
{
	return last_row.valid && last_row.n == n && last_row.age == age &&
		last_row.shape == w->shape && last_row.scale == w->scale &&
		memcmp(last_row.horizon, h, n * sizeof(double)) == 0;
}

/* Records the inputs of the shares just put in last_row.share */
static void
remember_row(const Weibull *w, double age, const float8 *h, int n)
{
	last_row.shape = w->shape;
	last_row.scale = w->scale;
	last_row.age = age;
	last_row.n = n;
	memcpy(last_row.horizon, h, n * sizeof(double));
	last_row.valid = true;
}

/* Expected retirements that overflow a float8: an error, as sum(float8) gives */
static void
check_sums(const double *sum, int count)
{
	for (int k = 0; k < count; k++)
		if (isinf(sum[k]))
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("expected retirements out of range"),
					 errdetail("A sum of quantities times probabilities overflows a float8.")));
}

/*
 * expected_retirements_add(state, w, age, quantity, horizons): adds
 * quantity * P(h[k-1] < T - age <= h[k] | T > age) to interval k.  A row
 * with a NULL is skipped.
 */
Datum
expected_retirements_add(PG_FUNCTION_ARGS)
{
	MemoryContext aggcontext;
	MemoryContext old;
	ArrayType  *state;
	const Weibull *w;
	const float8 *h;
	float8	   *sum;
	double		age,
				quantity;
	int			n,
				m;

	if (!AggCheckCallContext(fcinfo, &aggcontext))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("expected_retirements_add can only be called as the transition function of expected_retirements")));
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2) || PG_ARGISNULL(3) || PG_ARGISNULL(4))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	w = PG_GETARG_WEIBULL_P(1);
	age = PG_GETARG_FLOAT8(2);
	quantity = PG_GETARG_FLOAT8(3);
	h = checked_horizons(PG_GETARG_ARRAYTYPE_P(4), &n);
	if (isnan(age) || age < 0.0 || isinf(age))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid age: %s", float8_message_text(age)),
				 errdetail("An age is a finite number of years, 0 or more.")));
	if (isnan(quantity) || quantity < 0.0 || isinf(quantity))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid quantity: %s", float8_message_text(quantity)),
				 errdetail("A quantity is a finite number, 0 or more.")));

	if (PG_ARGISNULL(0))
	{
		old = MemoryContextSwitchTo(aggcontext);
		state = new_state(n);
		MemoryContextSwitchTo(old);
	}
	else
		state = PG_GETARG_ARRAYTYPE_P(0);
	sum = state_values(state, &m);
	if (m != n)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("every row of expected_retirements must give the same number of horizons"),
				 errdetail("The state has %d intervals and the row %d horizons.", m, n)));

	if (!last_row_matches(w, age, h, n))
	{
		last_row.valid = false;
		interval_shares(w, age, h, n, last_row.share);
		remember_row(w, age, h, n);
	}
	for (int k = 0; k < n; k++)
		sum[k] += quantity * last_row.share[k];
	check_sums(sum, n);
	PG_RETURN_ARRAYTYPE_P(state);
}

/* expected_retirements_combine(a, b): the element-wise sum, in place in a */
Datum
expected_retirements_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggcontext;
	ArrayType  *a;
	ArrayType  *b;
	float8	   *x;
	const float8 *y;
	int			na,
				nb;

	if (!AggCheckCallContext(fcinfo, &aggcontext))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("expected_retirements_combine can only be called as the combine function of expected_retirements")));
	a = PG_GETARG_ARRAYTYPE_P(0);
	b = PG_GETARG_ARRAYTYPE_P(1);
	x = state_values(a, &na);
	y = state_values(b, &nb);
	if (na != nb)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot combine expected_retirements states of %d and %d intervals", na, nb)));
	for (int k = 0; k < na; k++)
		x[k] += y[k];
	check_sums(x, na);
	PG_RETURN_ARRAYTYPE_P(a);
}

/*
 * expected_retirements(w, profile, horizons): the expected_retirements
 * aggregate over the rows of an age profile (age_profile.c), once per
 * weight column: row j of the result holds, for each interval k, the sum
 * of weight j * P(h[k-1] < T - age <= h[k] | T > age); NULL weights are
 * skipped, and a column of NULL weights gives a row of NULLs
 */
Datum
expected_retirements_profile(PG_FUNCTION_ARGS)
{
	const Weibull *w = PG_GETARG_WEIBULL_P(0);
	int			rows;
	int			columns;
	const double *values;
	const bool *nulls;
	const float8 *h;
	int			n;
	int			m;
	AgeMemo		memo;
	double	   *known;
	double	   *sum;
	bool	   *seen;
	Datum	   *out;
	bool	   *outnulls;
	int			dims[2];
	int			lbs[2] = {1, 1};

	age_profile_read(PG_GETARG_ARRAYTYPE_P(1), &rows, &columns, &values, &nulls);
	h = checked_horizons(PG_GETARG_ARRAYTYPE_P(2), &n);
	m = columns - 1;
	sum = palloc0((Size) m * n * sizeof(double));
	seen = palloc0(m * sizeof(bool));
	/*
	 * the shares of each age once (age_profile.h), in at most about 8 MB of
	 * kept shares; past that a row's shares go to the scratch row at the end
	 */
	age_memo_init(&memo, Min(rows, (int) (1024 * 1024 / n)));
	known = palloc(((Size) memo.limit + 1) * n * sizeof(double));
	for (int r = 0; r < rows; r++)
	{
		const double *row = values + (Size) r * columns;
		const bool *rownulls = nulls ? nulls + (Size) r * columns : NULL;
		bool		found;
		int			entry = age_memo_find(&memo, row[0], &found);
		double	   *share = known + (Size) (entry >= 0 ? entry : memo.limit) * n;

		if (!found)
			interval_shares(w, row[0], h, n, share);
		for (int j = 0; j < m; j++)
		{
			double		quantity;

			if (rownulls && rownulls[1 + j])
				continue;
			quantity = row[1 + j];
			if (isnan(quantity) || quantity < 0.0 || isinf(quantity))
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("invalid quantity: %s", float8_message_text(quantity)),
						 errdetail("A quantity is a finite number, 0 or more.")));
			seen[j] = true;
			for (int k = 0; k < n; k++)
				sum[j * n + k] += quantity * share[k];
		}
	}
	check_sums(sum, m * n);
	out = palloc((Size) m * n * sizeof(Datum));
	outnulls = palloc((Size) m * n * sizeof(bool));
	for (int j = 0; j < m; j++)
		for (int k = 0; k < n; k++)
		{
			out[j * n + k] = Float8GetDatum(sum[j * n + k]);
			outnulls[j * n + k] = !seen[j];
		}
	dims[0] = m;
	dims[1] = n;
	PG_RETURN_ARRAYTYPE_P(construct_md_array(out, outnulls, 2, dims, lbs, FLOAT8OID,
											 sizeof(float8), FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
}
