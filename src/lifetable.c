/*
 * src/lifetable.c
 *		The lifetable type: the bounded state of the lifetable and
 *		weibull_fit aggregates (observed lives, retired or still in service,
 *		with delayed entry), its I/O, transition and combine functions.
 *		What is computed from it: the Weibull fit (lifetable_fit.c) and the
 *		Kaplan-Meier survival curve (kaplan_meier.c).
 *
 * The state keeps up to LT_EXACT_MAX observations exactly and beyond that
 * counts them on the age grid of lifetable_parse.h; either way it stays
 * below 64 kB.  Called as an aggregate it is updated in place
 * (growable_state.h).
 */
#include "postgres.h"

#include <math.h>

#include "common/shortest_dec.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"

#include "compat.h"
#include "growable_state.h"
#include "lifetable.h"
#include "lifetable_parse.h"

/* The layouts of the two formats: three arrays each */
static const GrowableLayout lt_exact_layout = {
	.header = LT_HEADER,
	.used_at = offsetof(Lifetable, used),
	.capacity_at = offsetof(Lifetable, capacity),
	.narrays = 3,
	.width = {sizeof(float8), sizeof(float8), sizeof(uint8)},
};
static const GrowableLayout lt_histogram_layout = {
	.header = LT_HEADER,
	.used_at = offsetof(Lifetable, used),
	.capacity_at = offsetof(Lifetable, capacity),
	.narrays = 3,
	.width = {sizeof(uint32), sizeof(uint32), sizeof(uint32)},
};

/* the first allocation of an exact state */
#define LT_EXACT_FIRST 16

StaticAssertDecl(LT_HEADER + (Size) LT_EXACT_MAX * (2 * sizeof(float8) + 1) <= 65536,
				 "exact lifetable above 64 kB");
StaticAssertDecl(LT_HEADER + (Size) LT_BINS * 3 * sizeof(uint32) <= 65536,
				 "histogram lifetable above 64 kB");

/* The layout of a state's format */
static inline const GrowableLayout *
lt_layout(int format)
{
	return format == LT_FORMAT_EXACT ? &lt_exact_layout : &lt_histogram_layout;
}

PG_FUNCTION_INFO_V1(lifetable_in);
PG_FUNCTION_INFO_V1(lifetable_out);
PG_FUNCTION_INFO_V1(lifetable_recv);
PG_FUNCTION_INFO_V1(lifetable_send);
PG_FUNCTION_INFO_V1(lifetable_add);
PG_FUNCTION_INFO_V1(lifetable_combine);
PG_FUNCTION_INFO_V1(lifetable_lives);
PG_FUNCTION_INFO_V1(lifetable_retirements);
PG_FUNCTION_INFO_V1(lifetable_is_exact);

/* A zeroed state of the given format and capacity, in the current context */
static Lifetable *
lt_alloc(int format, uint32 capacity)
{
	Lifetable  *lt = growable_alloc(lt_layout(format), capacity);

	lt->format = (uint8) format;
	return lt;
}

/* A copy of an exact state with room for capacity observations */
static Lifetable *
lt_copy_exact(Lifetable *src, uint32 capacity)
{
	return growable_copy(&lt_exact_layout, src, capacity);
}

/* A copy of a histogram state with room for capacity grid points */
static Lifetable *
lt_copy_histogram(Lifetable *src, uint32 capacity)
{
	return growable_copy(&lt_histogram_layout, src, capacity);
}

/* A copy of any state with the same capacity */
static Lifetable *
lt_copy(Lifetable *src)
{
	if (src->format == LT_FORMAT_EXACT)
		return lt_copy_exact(src, src->capacity);
	return lt_copy_histogram(src, src->capacity);
}

/* Adds n to a bin counter, refusing to wrap around */
static inline void
count_add(uint32 *counter, uint64 n)
{
	if (*counter + n > PG_UINT32_MAX)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("lifetable bin count out of range"),
				 errdetail("More than 4294967295 lives would share one point of the age grid.")));
	*counter += (uint32) n;
}

/*
 * Makes a histogram state hold grid points up to need - 1: in place when it
 * has the room, else a grown copy
 */
static Lifetable *
lt_histogram_reserve(Lifetable *lt, uint32 need)
{
	lt = growable_reserve(&lt_histogram_layout, lt, need, 0, LT_BINS);
	if (need > lt->used)
		lt->used = need;
	return lt;
}

/* Counts one observation in a histogram state (possibly a new one) */
static Lifetable *
lt_histogram_add(Lifetable *lt, double age, double entry, bool retired)
{
	int			exit_bin;
	int			entry_bin;

	lt_grid_points(age, entry, retired, &exit_bin, &entry_bin);
	lt = lt_histogram_reserve(lt, (uint32) exit_bin + 1);
	count_add(&(retired ? lt_events(lt) : lt_censored(lt))[exit_bin], 1);
	count_add(&lt_entries(lt)[entry_bin], 1);
	return lt;
}

/* Counts n identical observations in a histogram state (possibly a new one) */
static Lifetable *
lt_histogram_add_n(Lifetable *lt, double age, double entry, bool retired, uint64 n)
{
	int			exit_bin;
	int			entry_bin;

	lt_grid_points(age, entry, retired, &exit_bin, &entry_bin);
	lt = lt_histogram_reserve(lt, (uint32) exit_bin + 1);
	count_add(&(retired ? lt_events(lt) : lt_censored(lt))[exit_bin], n);
	count_add(&lt_entries(lt)[entry_bin], n);
	return lt;
}

/* The histogram of an exact state's observations, a new state */
static Lifetable *
lt_to_histogram(Lifetable *src)
{
	Lifetable  *lt = lt_alloc(LT_FORMAT_HISTOGRAM, 0);
	uint32		i;

	for (i = 0; i < src->used; i++)
		lt = lt_histogram_add(lt, lt_ages(src)[i], lt_entry_ages(src)[i],
							  lt_retired(src)[i] != 0);
	return lt;
}

/* Adds the counts of histogram src to histogram lt (possibly a new state) */
static Lifetable *
lt_histogram_merge(Lifetable *lt, Lifetable *src)
{
	uint32		b;

	lt = lt_histogram_reserve(lt, src->used);
	for (b = 0; b < src->used; b++)
	{
		count_add(&lt_events(lt)[b], lt_events(src)[b]);
		count_add(&lt_censored(lt)[b], lt_censored(src)[b]);
		count_add(&lt_entries(lt)[b], lt_entries(src)[b]);
	}
	return lt;
}

/* Adds one observation to lt, in place if there is room, else to a new state */
static Lifetable *
lt_add(Lifetable *lt, double age, double entry, bool retired)
{
	if (lt->format == LT_FORMAT_EXACT)
	{
		if (lt->used >= LT_EXACT_MAX)
			return lt_histogram_add(lt_to_histogram(lt), age, entry, retired);
		lt = growable_reserve(&lt_exact_layout, lt, (uint64) lt->used + 1,
							  LT_EXACT_FIRST, LT_EXACT_MAX);
		lt_ages(lt)[lt->used] = age;
		lt_entry_ages(lt)[lt->used] = entry;
		lt_retired(lt)[lt->used] = retired ? 1 : 0;
		lt->used++;
		return lt;
	}
	return lt_histogram_add(lt, age, entry, retired);
}

/* Raises the error a failed parser check describes, with the given codes */
static void
report_parse_error(const ScanError *err, int syntax_code, const char *msg)
{
	ereport(ERROR,
			(errcode(err->kind == SCAN_OUT_OF_RANGE ? ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE
					 : syntax_code),
			 errmsg("%s", msg),
			 errdetail("%s", err->detail),
			 err->hint[0] ? errhint("%s", err->hint) : 0));
}

/*
 * Transition: lifetable_add(state, age, retired [, entry_age [, lives]]):
 * one life, or lives identical ones (a register line of quantity q is q
 * lives: the same lifetable as q rows of one).  STRICT, so rows with a
 * NULL argument are skipped, as sum() skips NULLs.
 */
Datum
lifetable_add(PG_FUNCTION_ARGS)
{
	Lifetable  *lt = PG_GETARG_LIFETABLE_P(0);
	/* + 0.0 turns -0 into 0 */
	double		age = PG_GETARG_FLOAT8(1) + 0.0;
	bool		retired = PG_GETARG_BOOL(2);
	double		entry = (PG_NARGS() > 3 ? PG_GETARG_FLOAT8(3) : 0.0) + 0.0;
	int64		lives = PG_NARGS() > 4 ? PG_GETARG_INT64(4) : 1;
	ScanError	err;

	if (!lt_check_observation(age, entry, retired, &err))
		report_parse_error(&err, ERRCODE_INVALID_PARAMETER_VALUE,
						   "invalid observation for lifetable");
	if (lives < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid number of lives for lifetable: " INT64_FORMAT, lives),
				 errdetail("The number of lives is how many identical lives the row stands for, 0 or more.")));
	/* outside an aggregate the input must not change */
	if (!AggCheckCallContext(fcinfo, NULL))
		lt = lt_copy(lt);
	/* one by one while exact (the state may turn into a histogram), then at once */
	for (; lives > 0 && lt->format == LT_FORMAT_EXACT; lives--)
		lt = lt_add(lt, age, entry, retired);
	if (lives > 0)
		lt = lt_histogram_add_n(lt, age, entry, retired, (uint64) lives);
	PG_RETURN_POINTER(lt);
}

/*
 * Combine: the lives of both states.  Exact when both are exact and fit
 * together; updates the first in place when called as an aggregate.
 */
Datum
lifetable_combine(PG_FUNCTION_ARGS)
{
	Lifetable  *a = PG_GETARG_LIFETABLE_P(0);
	Lifetable  *b = PG_GETARG_LIFETABLE_P(1);
	bool		in_place = AggCheckCallContext(fcinfo, NULL) != 0;

	if (a->format == LT_FORMAT_EXACT && b->format == LT_FORMAT_EXACT &&
		a->used + b->used <= LT_EXACT_MAX)
	{
		if (!in_place || a->capacity < a->used + b->used)
			a = lt_copy_exact(a, Max(a->used + b->used, a->capacity));
		memcpy(lt_ages(a) + a->used, lt_ages(b), b->used * sizeof(float8));
		memcpy(lt_entry_ages(a) + a->used, lt_entry_ages(b), b->used * sizeof(float8));
		memcpy(lt_retired(a) + a->used, lt_retired(b), b->used);
		a->used += b->used;
		PG_RETURN_POINTER(a);
	}

	if (a->format == LT_FORMAT_EXACT)
		a = lt_to_histogram(a);
	else if (!in_place)
		a = lt_copy(a);
	if (b->format == LT_FORMAT_EXACT)
	{
		uint32		i;

		for (i = 0; i < b->used; i++)
			a = lt_histogram_add(a, lt_ages(b)[i], lt_entry_ages(b)[i],
								 lt_retired(b)[i] != 0);
	}
	else
		a = lt_histogram_merge(a, b);
	PG_RETURN_POINTER(a);
}

/* A state holding what the parser read, without slack */
static Lifetable *
lt_from_parsed(const LifetableParsed *parsed)
{
	Lifetable  *lt;

	if (parsed->format == LT_FORMAT_EXACT)
	{
		lt = lt_alloc(LT_FORMAT_EXACT, (uint32) parsed->count);
		memcpy(lt_ages(lt), parsed->age, parsed->count * sizeof(float8));
		memcpy(lt_entry_ages(lt), parsed->entry, parsed->count * sizeof(float8));
		memcpy(lt_retired(lt), parsed->retired, parsed->count);
	}
	else
	{
		lt = lt_alloc(LT_FORMAT_HISTOGRAM, (uint32) parsed->count);
		memcpy(lt_events(lt), parsed->events, parsed->count * sizeof(uint32));
		memcpy(lt_censored(lt), parsed->censored, parsed->count * sizeof(uint32));
		memcpy(lt_entries(lt), parsed->entries, parsed->count * sizeof(uint32));
	}
	lt->used = (uint32) parsed->count;
	return lt;
}

/*
 * Text input: exact{...} or histogram{...} (lifetable_parse.h).  Soft
 * errors on PostgreSQL 16 and later.
 */
Datum
lifetable_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	LifetableParsed *parsed = palloc(sizeof(LifetableParsed));
	ScanError	err;
	Lifetable  *lt;

	if (!lifetable_parse(str, parsed, &err))
	{
		if (err.kind == SCAN_OUT_OF_RANGE)
			ereturn(fcinfo->context, (Datum) 0,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("value out of range for type lifetable"),
					 errdetail("%s", err.detail),
					 err.hint[0] ? errhint("%s", err.hint) : 0));
		ereturn(fcinfo->context, (Datum) 0,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type lifetable"),
				 errdetail("%s", err.detail),
				 err.hint[0] ? errhint("%s", err.hint) : 0));
	}
	lt = lt_from_parsed(parsed);
	pfree(parsed);
	PG_RETURN_POINTER(lt);
}

/* Ascending doubles */
static int
double_cmp(const void *a, const void *b)
{
	double		x = *(const double *) a;
	double		y = *(const double *) b;

	return x < y ? -1 : (x > y ? 1 : 0);
}

/*
 * sort_observations(obs, n) and sort_doubles(v, n): the sort of pg_qsort
 * with the comparisons inlined (the fit and the Kaplan-Meier table sort
 * every group's lives)
 */
#define ST_SORT sort_observations
#define ST_ELEMENT_TYPE LtObservation
#define ST_COMPARE(a, b) lt_observation_cmp(a, b)
#define ST_SCOPE static
#define ST_DEFINE
#include "lib/sort_template.h"

#define ST_SORT sort_doubles
#define ST_ELEMENT_TYPE double
#define ST_COMPARE(a, b) double_cmp(a, b)
#define ST_SCOPE static
#define ST_DEFINE
#include "lib/sort_template.h"

/* Ascending doubles, sorted in place */
void
lt_sort_doubles(double *v, size_t n)
{
	sort_doubles(v, n);
}

/*
 * The observations of an exact state without delayed entries (every entry
 * age 0, as in the reports), sorted: by age, retired before censored at the
 * same age (lt_observation_cmp).  The two kinds are sorted apart as plain
 * doubles and merged, which gives the same order as sorting the
 * observations (equal observations are alike in every field) for less:
 * 8 bytes moved a step instead of 24, one comparison instead of three.
 */
static void
sort_without_entries(Lifetable *lt, LtObservation *obs)
{
	uint32		n = lt->used;
	double	   *retired = palloc(Max(n, 1) * sizeof(double));
	double	   *censored = palloc(Max(n, 1) * sizeof(double));
	uint32		nretired = 0;
	uint32		ncensored = 0;
	uint32		r = 0;
	uint32		c = 0;

	for (uint32 i = 0; i < n; i++)
	{
		if (lt_retired(lt)[i])
			retired[nretired++] = lt_ages(lt)[i];
		else
			censored[ncensored++] = lt_ages(lt)[i];
	}
	sort_doubles(retired, nretired);
	sort_doubles(censored, ncensored);
	for (uint32 i = 0; i < n; i++)
	{
		/* at the same age the retired one first */
		bool		take_retired = c == ncensored ||
			(r < nretired && retired[r] <= censored[c]);

		obs[i].age = take_retired ? retired[r++] : censored[c++];
		obs[i].entry = 0.0;
		obs[i].retired = take_retired;
	}
	pfree(retired);
	pfree(censored);
}

/* The observations of an exact state, sorted (palloc'd) */
LtObservation *
lt_sorted_observations(Lifetable *lt)
{
	LtObservation *obs = palloc(Max(lt->used, 1) * sizeof(LtObservation));
	uint32		i;

	/* entry ages are never -0 (the input turns -0 into 0) */
	for (i = 0; i < lt->used && lt_entry_ages(lt)[i] == 0.0; i++)
		;
	if (i == lt->used)
	{
		sort_without_entries(lt, obs);
		return obs;
	}
	for (i = 0; i < lt->used; i++)
	{
		obs[i].age = lt_ages(lt)[i];
		obs[i].entry = lt_entry_ages(lt)[i];
		obs[i].retired = lt_retired(lt)[i] != 0;
	}
	sort_observations(obs, lt->used);
	return obs;
}

/*
 * Text output, canonical: exact observations sorted (so the text does not
 * depend on the order rows arrived in), or the non-empty histogram bins
 */
Datum
lifetable_out(PG_FUNCTION_ARGS)
{
	Lifetable  *lt = PG_GETARG_LIFETABLE_P(0);
	StringInfoData buf;
	char		num[DOUBLE_SHORTEST_DECIMAL_LEN];
	bool		first = true;
	uint32		i;

	initStringInfo(&buf);
	if (lt->format == LT_FORMAT_EXACT)
	{
		LtObservation *obs = lt_sorted_observations(lt);

		appendStringInfoString(&buf, "exact{");
		for (i = 0; i < lt->used; i++)
		{
			if (!first)
				appendStringInfoString(&buf, ", ");
			first = false;
			double_to_shortest_decimal_buf(obs[i].age, num);
			appendStringInfoString(&buf, num);
			if (!obs[i].retired)
				appendStringInfoChar(&buf, '+');
			if (obs[i].entry != 0.0)
			{
				double_to_shortest_decimal_buf(obs[i].entry, num);
				appendStringInfo(&buf, "@%s", num);
			}
		}
	}
	else
	{
		appendStringInfoString(&buf, "histogram{");
		for (i = 0; i < lt->used; i++)
		{
			if (lt_events(lt)[i] == 0 && lt_censored(lt)[i] == 0 &&
				lt_entries(lt)[i] == 0)
				continue;
			if (!first)
				appendStringInfoString(&buf, ", ");
			first = false;
			appendStringInfo(&buf, "%u:%u/%u/%u", i, lt_events(lt)[i],
							 lt_censored(lt)[i], lt_entries(lt)[i]);
		}
	}
	appendStringInfoChar(&buf, '}');
	PG_RETURN_CSTRING(buf.data);
}

/*
 * Binary output: format byte, then exact: uint32 count and per observation
 * float8 age, float8 entry age, byte retired; histogram: uint32 number of
 * non-empty grid points and per point int32 index, uint32 retired,
 * censored, entered
 */
Datum
lifetable_send(PG_FUNCTION_ARGS)
{
	Lifetable  *lt = PG_GETARG_LIFETABLE_P(0);
	StringInfoData buf;
	uint32		i;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, lt->format);
	if (lt->format == LT_FORMAT_EXACT)
	{
		pq_sendint32(&buf, lt->used);
		for (i = 0; i < lt->used; i++)
		{
			pq_sendfloat8(&buf, lt_ages(lt)[i]);
			pq_sendfloat8(&buf, lt_entry_ages(lt)[i]);
			pq_sendbyte(&buf, lt_retired(lt)[i]);
		}
	}
	else
	{
		uint32		nonempty = 0;

		for (i = 0; i < lt->used; i++)
			if (lt_events(lt)[i] || lt_censored(lt)[i] || lt_entries(lt)[i])
				nonempty++;
		pq_sendint32(&buf, nonempty);
		for (i = 0; i < lt->used; i++)
		{
			if (!(lt_events(lt)[i] || lt_censored(lt)[i] || lt_entries(lt)[i]))
				continue;
			pq_sendint32(&buf, i);
			pq_sendint32(&buf, lt_events(lt)[i]);
			pq_sendint32(&buf, lt_censored(lt)[i]);
			pq_sendint32(&buf, lt_entries(lt)[i]);
		}
	}
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* The error of a malformed binary lifetable */
static void
bad_binary(const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("invalid external lifetable value"),
			 errdetail("%s", detail)));
}

/* Binary input: what lifetable_send writes, checked as text input is */
Datum
lifetable_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	LifetableParsed *parsed = palloc0(sizeof(LifetableParsed));
	ScanError	err;
	uint32		n;
	uint32		i;

	parsed->format = pq_getmsgbyte(buf);
	if (parsed->format != LT_FORMAT_EXACT && parsed->format != LT_FORMAT_HISTOGRAM)
		bad_binary("The format byte must be 1 (exact) or 2 (histogram).");
	n = pq_getmsgint(buf, 4);
	if (parsed->format == LT_FORMAT_EXACT)
	{
		if (n > LT_EXACT_MAX)
			bad_binary("An exact lifetable holds at most 3800 observations.");
		for (i = 0; i < n; i++)
		{
			double		age = pq_getmsgfloat8(buf);
			double		entry = pq_getmsgfloat8(buf);
			int			retired = pq_getmsgbyte(buf);

			if (retired > 1)
				bad_binary("The retired flag must be 0 or 1.");
			if (!lt_check_observation(age, entry, retired, &err))
				bad_binary(err.detail);
			parsed->age[i] = age + 0.0;	/* -0 becomes 0 */
			parsed->entry[i] = entry + 0.0;
			parsed->retired[i] = (unsigned char) retired;
		}
		parsed->count = (int) n;
	}
	else
	{
		if (n > LT_BINS)
			bad_binary("A histogram has at most 5167 grid points.");
		for (i = 0; i < n; i++)
		{
			int32		bin = (int32) pq_getmsgint(buf, 4);

			if (bin >= parsed->count && bin < LT_BINS)
			{
				parsed->events[bin] = pq_getmsgint(buf, 4);
				parsed->censored[bin] = pq_getmsgint(buf, 4);
				parsed->entries[bin] = pq_getmsgint(buf, 4);
				parsed->count = bin + 1;
			}
			else
				bad_binary("Grid indexes must increase and lie in 0 to 5166.");
		}
		if (!lt_check_histogram(parsed->events, parsed->censored,
								parsed->entries, parsed->count, &err))
			bad_binary(err.detail);
	}
	PG_RETURN_POINTER(lt_from_parsed(parsed));
}

/* Number of lives in the state, and in *retired how many retired */
uint64
lt_lives(Lifetable *lt, uint64 *retired)
{
	uint64		lives = 0;
	uint32		i;

	*retired = 0;
	if (lt->format == LT_FORMAT_EXACT)
	{
		for (i = 0; i < lt->used; i++)
			*retired += lt_retired(lt)[i];
		return lt->used;
	}
	for (i = 0; i < lt->used; i++)
	{
		*retired += lt_events(lt)[i];
		lives += (uint64) lt_events(lt)[i] + lt_censored(lt)[i];
	}
	return lives;
}

/* lives(lifetable): how many lives (retired or in service) it holds */
Datum
lifetable_lives(PG_FUNCTION_ARGS)
{
	uint64		retired;

	PG_RETURN_INT64((int64) lt_lives(PG_GETARG_LIFETABLE_P(0), &retired));
}

/* retirements(lifetable): how many of its lives ended in retirement */
Datum
lifetable_retirements(PG_FUNCTION_ARGS)
{
	uint64		retired;

	(void) lt_lives(PG_GETARG_LIFETABLE_P(0), &retired);
	PG_RETURN_INT64((int64) retired);
}

/* is_exact(lifetable): whether it keeps its observations exactly */
Datum
lifetable_is_exact(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(PG_GETARG_LIFETABLE_P(0)->format == LT_FORMAT_EXACT);
}

