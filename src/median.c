/*
 * src/median.c
 *		weighted_median(value, weight): the median of values each counted
 *		weight times, interpolated as percentile_cont(0.5) over that
 *		multiset, as a parallel aggregate.
 *
 * A register row often stands for several identical units (a quantity);
 * the median service life of the units is the median of the rows' lives
 * counted with their quantities.  percentile_cont cannot weigh, is not
 * parallel, and sorts whole tuples; this aggregate keeps (value, weight)
 * pairs and sorts them once, in the final function.
 *
 * The state is a bytea (a real type, so parallel workers and Citus can
 * split the aggregate) grown in place (growable_state.h): "used" says how
 * many pairs hold data.
 */
#include "postgres.h"

#include <math.h>

#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/float.h"

#include "compat.h"
#include "growable_state.h"

PG_FUNCTION_INFO_V1(weighted_median_add);
PG_FUNCTION_INFO_V1(weighted_median_combine);
PG_FUNCTION_INFO_V1(weighted_median_final);

/* One value and the number of times it counts */
typedef struct WmPair
{
	float8		value;
	int64		weight;
} WmPair;

/* The state: a header, then capacity pairs, of which used hold data */
typedef struct WmState
{
	int32		vl_len_;
	uint32		magic;
	uint32		used;
	uint32		capacity;
	uint32		reserved;
	WmPair		pairs[FLEXIBLE_ARRAY_MEMBER];
} WmState;

#define WM_MAGIC 0x574d4431		/* "WMD1" */
#define WM_FIRST_CAPACITY 4
/* keeps a state well below the 1 GB varlena limit */
#define WM_MAX_PAIRS ((uint32) 50000000)

/* The state's layout: one array, of pairs */
static const GrowableLayout wm_layout = {
	.header = offsetof(WmState, pairs),
	.used_at = offsetof(WmState, used),
	.capacity_at = offsetof(WmState, capacity),
	.narrays = 1,
	.width = {sizeof(WmPair)},
};

StaticAssertDecl(offsetof(WmState, pairs) == MAXALIGN(offsetof(WmState, pairs)),
				 "the pairs of weighted_median's state must be MAXALIGNed");

/* The state in argument n, checked: a bytea made by this aggregate */
static WmState *
checked_state(FunctionCallInfo fcinfo, int n)
{
	WmState    *s = growable_getarg(fcinfo, n);

	if (!growable_is_valid(&wm_layout, s, WM_MAX_PAIRS) || s->magic != WM_MAGIC)
		growable_invalid("weighted_median");
	return s;
}

/*
 * Makes room for extra more pairs: the same state when it has the room,
 * else a larger copy (the executor copies it into the aggregate's memory
 * and frees the old one); a new state for none
 */
static WmState *
reserve(WmState *s, uint32 extra)
{
	uint64		need = (uint64) (s ? s->used : 0) + extra;

	if (need > WM_MAX_PAIRS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("weighted_median cannot hold more than %u values in one group", WM_MAX_PAIRS)));
	if (s == NULL)
	{
		s = growable_alloc(&wm_layout, (uint32) Max(need, WM_FIRST_CAPACITY));
		s->magic = WM_MAGIC;
		return s;
	}
	return growable_reserve(&wm_layout, s, need, WM_FIRST_CAPACITY, WM_MAX_PAIRS);
}

/*
 * weighted_median_add(state, value, weight): adds value counted weight
 * times; a NULL value or weight, or a weight of 0, adds nothing
 */
Datum
weighted_median_add(PG_FUNCTION_ARGS)
{
	WmState    *s;
	int64		weight;

	growable_require_aggregate(fcinfo, "weighted_median_add", "transition", "weighted_median");
	s = PG_ARGISNULL(0) ? NULL : checked_state(fcinfo, 0);
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2) || (weight = PG_GETARG_INT64(2)) == 0)
	{
		if (s == NULL)
			PG_RETURN_NULL();
		PG_RETURN_BYTEA_P(s);
	}
	if (weight < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid weight for weighted_median: " INT64_FORMAT, weight),
				 errdetail("A weight is the number of times the value counts, 0 or more.")));
	s = reserve(s, 1);
	s->pairs[s->used].value = PG_GETARG_FLOAT8(1);
	s->pairs[s->used].weight = weight;
	s->used++;
	PG_RETURN_BYTEA_P(s);
}

/* weighted_median_combine(a, b): the pairs of both (in place in a when it has room) */
Datum
weighted_median_combine(PG_FUNCTION_ARGS)
{
	WmState    *a;
	WmState    *b;

	growable_require_aggregate(fcinfo, "weighted_median_combine", "combine", "weighted_median");
	a = checked_state(fcinfo, 0);
	b = checked_state(fcinfo, 1);
	if (b->used == 0)
		PG_RETURN_BYTEA_P(a);
	a = reserve(a, b->used);
	memcpy(a->pairs + a->used, b->pairs, b->used * sizeof(WmPair));
	a->used += b->used;
	PG_RETURN_BYTEA_P(a);
}

/* Pairs by value, in float8 order (NaN after every number) */
static int
pair_cmp(const void *x, const void *y)
{
	return float8_cmp_internal(((const WmPair *) x)->value, ((const WmPair *) y)->value);
}

/* The value of the unit at position k (0-based) of sorted pairs */
static float8
value_at(const WmPair *pairs, uint32 n, uint64 k)
{
	uint64		passed = 0;

	for (uint32 i = 0; i < n; i++)
	{
		passed += (uint64) pairs[i].weight;
		if (passed > k)
			return pairs[i].value;
	}
	return pairs[n - 1].value;	/* not reached: k < the total weight */
}

/*
 * weighted_median_final(state): with N units in all, the value of unit
 * (N - 1) / 2, halfway to the next one when N is even (percentile_cont's
 * interpolation); NULL without units.  The state is left as it was.
 */
Datum
weighted_median_final(PG_FUNCTION_ARGS)
{
	WmState    *s;
	WmPair	   *pairs;
	uint64		total = 0;
	float8		lower;
	float8		upper;

	growable_require_aggregate(fcinfo, "weighted_median_final", "final", "weighted_median");
	s = checked_state(fcinfo, 0);
	for (uint32 i = 0; i < s->used; i++)
	{
		/* weights are checked when added; a forged state is refused here */
		if (s->pairs[i].weight < 0 ||
			(uint64) s->pairs[i].weight > PG_INT64_MAX - total)
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("the weights of weighted_median add up to more than bigint holds")));
		total += (uint64) s->pairs[i].weight;
	}
	if (total == 0)
		PG_RETURN_NULL();

	pairs = palloc(s->used * sizeof(WmPair));
	memcpy(pairs, s->pairs, s->used * sizeof(WmPair));
	qsort(pairs, s->used, sizeof(WmPair), pair_cmp);
	lower = value_at(pairs, s->used, (total - 1) / 2);
	if (total % 2 == 1)
		PG_RETURN_FLOAT8(lower);
	upper = value_at(pairs, s->used, total / 2);
	PG_RETURN_FLOAT8(lower + 0.5 * (upper - lower));
}
