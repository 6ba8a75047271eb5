/*
 * src/weibull.c
 *		The weibull type: text and binary I/O, constructor, equality, and the
 *		lifetime functions (survival, cdf, pdf, hazard, quantiles, mean and
 *		median life, mean and median residual life, retirement probabilities
 *		and the yearly retirement forecast).
 *
 * Ages are years >= 0; +Infinity is accepted and gives the limit of each
 * function as the age grows without bound (see doc/reference.md, "Lifespans").
 * Formulas: doc/derivations.md#weibull-formulas.
 */
#include "postgres.h"

#include <math.h>

#include "common/shortest_dec.h"
#include "fmgr.h"
#include "funcapi.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/float.h"
#include "utils/tuplestore.h"

#include "age_profile.h"
#include "compat.h"
#include "weibull.h"
#include "weibull_math.h"
#include "weibull_parse.h"

PG_FUNCTION_INFO_V1(weibull_in);
PG_FUNCTION_INFO_V1(weibull_out);
PG_FUNCTION_INFO_V1(weibull_recv);
PG_FUNCTION_INFO_V1(weibull_send);
PG_FUNCTION_INFO_V1(weibull_make);
PG_FUNCTION_INFO_V1(weibull_eq);
PG_FUNCTION_INFO_V1(weibull_ne);
PG_FUNCTION_INFO_V1(weibull_shape);
PG_FUNCTION_INFO_V1(weibull_scale);
PG_FUNCTION_INFO_V1(weibull_survival);
PG_FUNCTION_INFO_V1(weibull_cdf);
PG_FUNCTION_INFO_V1(weibull_pdf);
PG_FUNCTION_INFO_V1(weibull_hazard);
PG_FUNCTION_INFO_V1(weibull_quantile);
PG_FUNCTION_INFO_V1(weibull_mean_life);
PG_FUNCTION_INFO_V1(weibull_median_life);
PG_FUNCTION_INFO_V1(weibull_remaining_life);
PG_FUNCTION_INFO_V1(weibull_profile_remaining_life);
PG_FUNCTION_INFO_V1(weibull_median_remaining_life);
PG_FUNCTION_INFO_V1(weibull_retire_probability);
PG_FUNCTION_INFO_V1(weibull_retirement_forecast);

/* A palloc'd weibull (weibull.h) */
Weibull *
weibull_new(double shape, double scale)
{
	Weibull    *w = palloc(sizeof(Weibull));

	w->shape = shape;
	w->scale = scale;
	return w;
}

/* A parameter is valid when finite and > 0 (NaN fails the comparison) */
static inline bool
parameter_is_valid(double v)
{
	return v > 0.0 && !isinf(v);
}

/* Shortest text that reads back as the same float8 */
static char *
shortest(double v, char *buf)
{
	double_to_shortest_decimal_buf(v, buf);
	return buf;
}

/* The distribution's text form, for messages */
static char *
weibull_text(const Weibull *w)
{
	char		k[DOUBLE_SHORTEST_DECIMAL_LEN];
	char		l[DOUBLE_SHORTEST_DECIMAL_LEN];

	return psprintf("weibull(shape=%s, scale=%s)",
					shortest(w->shape, k), shortest(w->scale, l));
}

/* The input text as shown in a message: long inputs clipped to 72 bytes */
static const char *
input_shown(const char *str)
{
	int			len = strlen(str);

	if (len <= 80)
		return str;
	return psprintf("%.*s...", pg_mbcliplen(str, len, 72), str);
}

/*
 * Text input: [weibull](shape=K, scale=L), see weibull_parse.h.  Errors are
 * soft on PostgreSQL 16 and later.
 */
Datum
weibull_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	double		shape;
	double		scale;
	ScanError	err;

	if (!weibull_parse(str, &shape, &scale, &err))
	{
		if (err.kind == SCAN_OUT_OF_RANGE)
			ereturn(fcinfo->context, (Datum) 0,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("\"%s\" is out of range for type weibull", input_shown(str)),
					 errdetail("%s", err.detail),
					 err.hint[0] ? errhint("%s", err.hint) : 0));
		ereturn(fcinfo->context, (Datum) 0,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type weibull: \"%s\"", input_shown(str)),
				 errdetail("%s", err.detail),
				 err.hint[0] ? errhint("%s", err.hint) : 0));
	}
	PG_RETURN_WEIBULL_P(weibull_new(shape, scale));
}

/* Canonical text: weibull(shape=K, scale=L), shortest exact decimals */
Datum
weibull_out(PG_FUNCTION_ARGS)
{
	PG_RETURN_CSTRING(weibull_text(PG_GETARG_WEIBULL_P(0)));
}

/* Binary input: shape and scale as float8, checked as text input is */
Datum
weibull_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	double		shape = pq_getmsgfloat8(buf);
	double		scale = pq_getmsgfloat8(buf);

	if (!parameter_is_valid(shape) || !parameter_is_valid(scale))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid external weibull value"),
				 errdetail("The shape and the scale must be finite numbers greater than 0, not %s and %s.",
						   float8_message_text(shape), float8_message_text(scale))));
	PG_RETURN_WEIBULL_P(weibull_new(shape, scale));
}

/* Binary output: shape and scale as float8 */
Datum
weibull_send(PG_FUNCTION_ARGS)
{
	Weibull    *w = PG_GETARG_WEIBULL_P(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendfloat8(&buf, w->shape);
	pq_sendfloat8(&buf, w->scale);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* weibull(shape, scale): both finite and > 0 */
Datum
weibull_make(PG_FUNCTION_ARGS)
{
	double		shape = PG_GETARG_FLOAT8(0);
	double		scale = PG_GETARG_FLOAT8(1);

	if (!parameter_is_valid(shape))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid weibull shape: %s", float8_message_text(shape)),
				 errdetail("The shape must be a finite number greater than 0.")));
	if (!parameter_is_valid(scale))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid weibull scale: %s", float8_message_text(scale)),
				 errdetail("The scale (in years) must be a finite number greater than 0.")));
	PG_RETURN_WEIBULL_P(weibull_new(shape, scale));
}

/* Same shape and same scale */
Datum
weibull_eq(PG_FUNCTION_ARGS)
{
	Weibull    *a = PG_GETARG_WEIBULL_P(0);
	Weibull    *b = PG_GETARG_WEIBULL_P(1);

	PG_RETURN_BOOL(a->shape == b->shape && a->scale == b->scale);
}

/* Different shape or scale */
Datum
weibull_ne(PG_FUNCTION_ARGS)
{
	Weibull    *a = PG_GETARG_WEIBULL_P(0);
	Weibull    *b = PG_GETARG_WEIBULL_P(1);

	PG_RETURN_BOOL(a->shape != b->shape || a->scale != b->scale);
}

/* The shape k */
Datum
weibull_shape(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT8(PG_GETARG_WEIBULL_P(0)->shape);
}

/* The scale lambda, in years */
Datum
weibull_scale(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT8(PG_GETARG_WEIBULL_P(0)->scale);
}

/*
 * An age argument: NaN and negative ages are errors, +Infinity is allowed;
 * -0 is read as 0 (pow(-0, y) is -Infinity for an odd negative y)
 */
static double
check_age(double age, const char *name)
{

	if (isnan(age) || age < 0.0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid %s: %s", name, float8_message_text(age)),
				 errdetail("An age is a number of years, 0 or more (Infinity is allowed); NaN and negative ages are not.")));
	if (age == 0.0)
		age = 0.0;
	return age;
}

/*
 * A computed value: +-Infinity where the true value is finite means it
 * overflowed double precision; NaN means the expansion failed
 */
static double
check_result(double v, const Weibull *w, const char *what)
{
	if (isinf(v))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("%s is out of range for %s", what, weibull_text(w)),
				 errdetail("The value exceeds double precision.")));
	if (isnan(v))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("%s could not be computed for %s", what, weibull_text(w)),
				 errdetail("The series or continued fraction of the incomplete gamma function did not converge.")));
	return v;
}

/* Cumulative hazard (t/lambda)^k */
static inline double
cumulative_hazard(const Weibull *w, double t)
{
	return wb_scaled_power(t, w->scale, w->shape);
}

/* The limit of a quantity that behaves as t^(1-k) as t grows without bound */
static double
limit_by_shape(const Weibull *w, double at_shape_one)
{
	if (w->shape > 1.0)
		return 0.0;
	if (w->shape == 1.0)
		return at_shape_one;
	return get_float8_infinity();
}

/* S(t) = exp(-(t/lambda)^k) */
Datum
weibull_survival(PG_FUNCTION_ARGS)
{
	Weibull    *w = PG_GETARG_WEIBULL_P(0);
	double		t = check_age(PG_GETARG_FLOAT8(1), "age");

	PG_RETURN_FLOAT8(exp(-cumulative_hazard(w, t)));
}

/* F(t) = 1 - S(t), through expm1 so that small probabilities keep their digits */
Datum
weibull_cdf(PG_FUNCTION_ARGS)
{
	Weibull    *w = PG_GETARG_WEIBULL_P(0);
	double		t = check_age(PG_GETARG_FLOAT8(1), "age");

	PG_RETURN_FLOAT8(-expm1(-cumulative_hazard(w, t)));
}

/* f(t) = (k/lambda) (t/lambda)^(k-1) S(t); +Infinity at t = 0 when k < 1 */
Datum
weibull_pdf(PG_FUNCTION_ARGS)
{
	Weibull    *w = PG_GETARG_WEIBULL_P(0);
	double		t = check_age(PG_GETARG_FLOAT8(1), "age");
	double		s;

	if (isinf(t))
		PG_RETURN_FLOAT8(0.0);
	s = exp(-cumulative_hazard(w, t));
	if (s == 0.0)
		PG_RETURN_FLOAT8(0.0);
	PG_RETURN_FLOAT8((w->shape / w->scale) * wb_scaled_power(t, w->scale, w->shape - 1.0) * s);
}

/* h(t) = (k/lambda) (t/lambda)^(k-1); +Infinity at t = 0 when k < 1 */
Datum
weibull_hazard(PG_FUNCTION_ARGS)
{
	Weibull    *w = PG_GETARG_WEIBULL_P(0);
	double		t = check_age(PG_GETARG_FLOAT8(1), "age");
	double		h = (w->shape / w->scale) * wb_scaled_power(t, w->scale, w->shape - 1.0);

	if (t > 0.0 && !isinf(t))
		check_result(h, w, "hazard");
	PG_RETURN_FLOAT8(h);
}

/* t_p = lambda (-ln(1-p))^(1/k), 0 <= p < 1 */
Datum
weibull_quantile(PG_FUNCTION_ARGS)
{
	Weibull    *w = PG_GETARG_WEIBULL_P(0);
	double		p = PG_GETARG_FLOAT8(1);

	if (!(p >= 0.0 && p < 1.0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid probability: %s", float8_message_text(p)),
				 errdetail("The probability of a quantile must be at least 0 and less than 1.")));
	PG_RETURN_FLOAT8(check_result(wb_scaled_root(w->scale, -log1p(-p), w->shape),
								  w, "quantile"));
}

/* E[T] = lambda Gamma(1 + 1/k) */
Datum
weibull_mean_life(PG_FUNCTION_ARGS)
{
	Weibull    *w = PG_GETARG_WEIBULL_P(0);

	PG_RETURN_FLOAT8(check_result(wb_mean_residual_life(w->shape, w->scale, 0.0),
								  w, "mean life"));
}

/* lambda (ln 2)^(1/k) */
Datum
weibull_median_life(PG_FUNCTION_ARGS)
{
	Weibull    *w = PG_GETARG_WEIBULL_P(0);

	PG_RETURN_FLOAT8(check_result(wb_scaled_root(w->scale, M_LN2, w->shape),
								  w, "median life"));
}

/*
 * Mean residual life E[T - t | T > t] through the incomplete gamma function
 * (weibull_math.c); at t = +Infinity its limit 1/h: 0, lambda or Infinity
 */
Datum
weibull_remaining_life(PG_FUNCTION_ARGS)
{
	Weibull    *w = PG_GETARG_WEIBULL_P(0);
	double		t = check_age(PG_GETARG_FLOAT8(1), "age");

	if (isinf(t))
		PG_RETURN_FLOAT8(limit_by_shape(w, w->scale));
	PG_RETURN_FLOAT8(check_result(wb_mean_residual_life(w->shape, w->scale, t),
								  w, "remaining life"));
}

/*
 * mean_remaining_life(w, profile): the mean residual life of the units of an
 * age profile (age_profile.c), weighted by its first weight: sum(weight *
 * remaining_life(w, age)) / sum(weight) over the rows whose weight is not
 * NULL; NULL when they weigh nothing
 */
Datum
weibull_profile_remaining_life(PG_FUNCTION_ARGS)
{
	Weibull    *w = PG_GETARG_WEIBULL_P(0);
	int			rows;
	int			columns;
	const double *values;
	const bool *nulls;
	double		weighted = 0.0;
	double		total = 0.0;
	AgeMemo		memo;
	double	   *known;

	age_profile_read(PG_GETARG_ARRAYTYPE_P(1), &rows, &columns, &values, &nulls);
	/* the remaining life of each age once (age_profile.h) */
	age_memo_init(&memo, rows);
	known = palloc(memo.limit * sizeof(double));
	for (int r = 0; r < rows; r++)
	{
		double		age = values[(Size) r * columns];
		double		weight = values[(Size) r * columns + 1];
		double		life;
		bool		found;
		int			entry;

		if (nulls && nulls[(Size) r * columns + 1])
			continue;
		if (!(weight >= 0.0) || isinf(weight))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid weight: %s", float8_message_text(weight)),
					 errdetail("The weight of a row is a finite number, 0 or more.")));
		entry = age_memo_find(&memo, age, &found);
		if (found)
			life = known[entry];
		else
		{
			life = check_result(wb_mean_residual_life(w->shape, w->scale, age), w,
								"remaining life");
			if (entry >= 0)
				known[entry] = life;
		}
		weighted += weight * life;
		total += weight;
	}
	/* as the sums in SQL would: an overflow is an error, not Infinity or NaN */
	if (isinf(weighted) || isinf(total))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("mean remaining life out of range"),
				 errdetail("The weighted sum of the remaining lives, or of the weights, overflows a float8.")));
	if (total == 0.0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(weighted / total);
}

/*
 * Median residual life lambda (z + ln 2)^(1/k) - t, z = (t/lambda)^k, in the
 * form t ((1 + ln2/z)^(1/k) - 1) that keeps its digits at old ages
 */
Datum
weibull_median_remaining_life(PG_FUNCTION_ARGS)
{
	Weibull    *w = PG_GETARG_WEIBULL_P(0);
	double		t = check_age(PG_GETARG_FLOAT8(1), "age");
	double		z;
	double		e;

	if (isinf(t))
		PG_RETURN_FLOAT8(limit_by_shape(w, w->scale * M_LN2));
	if (t == 0.0)
		PG_RETURN_FLOAT8(check_result(wb_scaled_root(w->scale, M_LN2, w->shape),
									  w, "median remaining life"));
	z = cumulative_hazard(w, t);
	if (isinf(z))				/* ln2/h(t), relative error below 1e-300 */
		PG_RETURN_FLOAT8(check_result(M_LN2 * (w->scale / w->shape) *
									  wb_scaled_power(t, w->scale, 1.0 - w->shape),
									  w, "median remaining life"));
	e = log1p(M_LN2 / z) / w->shape;
	if (e > 700.0)				/* young asset: no cancellation to fear */
		PG_RETURN_FLOAT8(check_result(wb_scaled_root(w->scale, z + M_LN2, w->shape) - t,
									  w, "median remaining life"));
	PG_RETURN_FLOAT8(check_result(t * expm1(e), w, "median remaining life"));
}

/* P(T <= to | T > from) = 1 - exp(-(H(to) - H(from))); 1 when to is Infinity */
static double
retire_probability(const Weibull *w, double from, double to)
{
	if (isinf(to))
		return 1.0;
	return -expm1(-wb_hazard_increment(w->shape, w->scale, from, to));
}

/* retire_probability(w, age_from, age_to): P(T <= age_to | T > age_from) */
Datum
weibull_retire_probability(PG_FUNCTION_ARGS)
{
	Weibull    *w = PG_GETARG_WEIBULL_P(0);
	double		from = check_age(PG_GETARG_FLOAT8(1), "age_from");
	double		to = check_age(PG_GETARG_FLOAT8(2), "age_to");

	if (to < from)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("age_to %s is before age_from %s", float8_message_text(to), float8_message_text(from)),
				 errdetail("The window of ages must not end before it starts.")));
	PG_RETURN_FLOAT8(retire_probability(w, from, to));
}

/* The longest yearly forecast: ten times the oldest age a lifetable keeps */
#define RETIREMENT_FORECAST_MAX_YEARS 1000

/*
 * retirement_forecast(w, age, years): for each of the next years, the
 * probability that an asset now age years old retires in that year and the
 * probability that it is still in service at its end, both given that it
 * is in service now
 */
Datum
weibull_retirement_forecast(PG_FUNCTION_ARGS)
{
	Weibull    *w = PG_GETARG_WEIBULL_P(0);
	double		age = check_age(PG_GETARG_FLOAT8(1), "age");
	int32		years = PG_GETARG_INT32(2);
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	double		survival = 1.0;
	int32		year;

	/* bounded: the rows are materialized, and year++ must not overflow */
	if (years < 0 || years > RETIREMENT_FORECAST_MAX_YEARS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid number of years: %d", years),
				 errdetail("The forecast covers 0 to %d years.", RETIREMENT_FORECAST_MAX_YEARS)));
	if (!isinf(age) && age + 1.0 == age)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("age %s is too large for a yearly forecast", float8_message_text(age)),
				 errdetail("At this age one more year does not change the age in double precision.")));

	InitMaterializedSRF(fcinfo, 0);
	for (year = 1; year <= years; year++)
	{
		Datum		values[3];
		bool		nulls[3] = {false, false, false};
		double		p;

		CHECK_FOR_INTERRUPTS();
		/* P(retires in the year) = S(start of year | now) * q(year) */
		p = survival * retire_probability(w, age + (year - 1), age + year);
		if (isinf(age))
			survival = 0.0;
		else
			survival = exp(-wb_hazard_increment(w->shape, w->scale, age, age + year));
		values[0] = Int32GetDatum(year);
		values[1] = Float8GetDatum(p);
		values[2] = Float8GetDatum(survival);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}
