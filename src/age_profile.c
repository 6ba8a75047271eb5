/*
 * src/age_profile.c
 *		age_profile(age, weights): the units of a fleet as rows of an age
 *		and weights (units, and figures per unit times units), collected by
 *		a parallel aggregate into a 2-D float8 array, for what can only be
 *		computed once a lifetime distribution is known: the mean remaining
 *		life and the expected retirements of the units (weibull.c,
 *		forecast.c).
 *
 * A report that fits a Weibull to a group's lifetable and then applies it
 * to the group's units in service would otherwise need a second pass over
 * the assets, joined to the fits (which PostgreSQL cannot run in parallel
 * workers); collected in the same parallel pass as the lifetable, the
 * units are at hand when the fit is.
 *
 * The state is a bytea (a real type, so parallel workers and Citus can
 * split the aggregate) grown in place (growable_state.h).  A NULL weight is
 * kept as NaN, which the input refuses as a weight.
 */
#include "postgres.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "fmgr.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/float.h"

#include "age_profile.h"
#include "array_data.h"
#include "compat.h"
#include "growable_state.h"
#include "scan.h"

PG_FUNCTION_INFO_V1(age_profile_add);
PG_FUNCTION_INFO_V1(age_profile_combine);
PG_FUNCTION_INFO_V1(age_profile_final);

/* The state: a header, then capacity rows of 1 + columns float8 */
typedef struct ApState
{
	int32		vl_len_;
	uint32		magic;
	uint32		columns;		/* weights per row */
	uint32		used;			/* rows */
	uint32		capacity;		/* rows allocated */
	float8		data[FLEXIBLE_ARRAY_MEMBER];
} ApState;

#define AP_MAGIC 0x41505231		/* "APR1" */
#define AP_FIRST_CAPACITY 4
/* values in one state, so that it stays well below the 1 GB varlena limit */
#define AP_MAX_VALUES ((uint64) 64 * 1024 * 1024)

StaticAssertDecl(offsetof(ApState, data) == MAXALIGN(offsetof(ApState, data)),
				 "the rows of age_profile's state must be MAXALIGNed");

/* The layout of a state of rows of the given number of weights: one array, of rows */
static GrowableLayout
ap_layout(uint32 columns)
{
	GrowableLayout layout = {
		.header = offsetof(ApState, data),
		.used_at = offsetof(ApState, used),
		.capacity_at = offsetof(ApState, capacity),
		.narrays = 1,
		.width = {(1 + (Size) columns) * sizeof(float8)},
	};

	return layout;
}

/* The most rows of the given number of weights a state may hold */
static uint32
ap_max_rows(uint32 columns)
{
	return (uint32) (AP_MAX_VALUES / (1 + columns));
}

/* The state in argument n, checked: a bytea made by this aggregate */
static ApState *
checked_state(FunctionCallInfo fcinfo, int n)
{
	ApState    *s = growable_getarg(fcinfo, n);
	GrowableLayout layout;

	if (VARSIZE(s) < offsetof(ApState, data) || s->magic != AP_MAGIC ||
		s->columns < 1 || s->columns > AGE_PROFILE_MAX_WEIGHTS)
		growable_invalid("age_profile");
	layout = ap_layout(s->columns);
	if (!growable_is_valid(&layout, s, ap_max_rows(s->columns)))
		growable_invalid("age_profile");
	return s;
}

/*
 * Makes room for extra more rows of the given width: the same state when
 * it has the room, else a larger copy (the executor copies it into the
 * aggregate's memory and frees the old one); a new state for none
 */
static ApState *
reserve(ApState *s, uint32 columns, uint32 extra)
{
	uint64		need = (uint64) (s ? s->used : 0) + extra;
	GrowableLayout layout = ap_layout(columns);

	if (need > ap_max_rows(columns))
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("age_profile cannot hold more than " UINT64_FORMAT " values in one group",
						AP_MAX_VALUES)));
	if (s == NULL)
	{
		s = growable_alloc(&layout, (uint32) Max(need, AP_FIRST_CAPACITY));
		s->magic = AP_MAGIC;
		s->columns = columns;
		return s;
	}
	return growable_reserve(&layout, s, need, AP_FIRST_CAPACITY, ap_max_rows(columns));
}

/* No age has these bits: they are a NaN, and a profile's ages are finite */
#define AGE_MEMO_EMPTY PG_UINT64_MAX

/* A memo for a profile of the given number of rows (age_profile.h) */
void
age_memo_init(AgeMemo *memo, int rows)
{
	uint32		slots = 16;

	memo->limit = Min(Max(rows, 1), AGE_MEMO_MAX_AGES);
	/* at most half full */
	while (slots < 2 * (uint32) memo->limit)
		slots *= 2;
	memo->keys = palloc(slots * sizeof(uint64));
	memset(memo->keys, 0xFF, slots * sizeof(uint64));
	StaticAssertStmt(AGE_MEMO_EMPTY == ~(uint64) 0, "the free slot's bits are all ones");
	memo->index = palloc(slots * sizeof(int32));
	memo->mask = slots - 1;
	memo->used = 0;
}

/* The entry of age (age_profile.h) */
int
age_memo_find(AgeMemo *memo, double age, bool *found)
{
	uint64		key;
	uint32		slot;

	memcpy(&key, &age, sizeof(key));
	Assert(key != AGE_MEMO_EMPTY);
	/* the bits of both halves hashed, so that nearby ages spread */
	slot = hash_bytes_uint32((uint32) key ^ (uint32) (key >> 32)) & memo->mask;
	while (memo->keys[slot] != AGE_MEMO_EMPTY)
	{
		if (memo->keys[slot] == key)
		{
			*found = true;
			return memo->index[slot];
		}
		slot = (slot + 1) & memo->mask;
	}
	*found = false;
	if (memo->used >= memo->limit)
		return -1;
	memo->keys[slot] = key;
	memo->index[slot] = memo->used;
	return memo->used++;
}

/* Rejects an age that is not a finite number of years, 0 or more */
void
age_profile_check_age(double age)
{
	if (isnan(age) || age < 0.0 || isinf(age))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid age: %s", float8_message_text(age)),
				 errdetail("An age is a finite number of years, 0 or more.")));
}

/*
 * age_profile_add(state, age, weights): one row; a NULL age or weights
 * array adds nothing, a NULL weight is kept as NULL
 */
Datum
age_profile_add(PG_FUNCTION_ARGS)
{
	ApState    *s;
	ArrayType  *weights;
	const float8 *data;
	const bits8 *bitmap;
	int			n;
	float8	   *row;
	double		age;

	growable_require_aggregate(fcinfo, "age_profile_add", "transition", "age_profile");
	s = PG_ARGISNULL(0) ? NULL : checked_state(fcinfo, 0);
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
	{
		if (s == NULL)
			PG_RETURN_NULL();
		PG_RETURN_BYTEA_P(s);
	}
	age = PG_GETARG_FLOAT8(1);
	age_profile_check_age(age);
	weights = PG_GETARG_ARRAYTYPE_P(2);
	if (ARR_NDIM(weights) != 1 || ARR_ELEMTYPE(weights) != FLOAT8OID)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("the weights of age_profile must be a one-dimensional float8 array")));
	n = ARR_DIMS(weights)[0];
	if (n < 1 || n > AGE_PROFILE_MAX_WEIGHTS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("age_profile takes between 1 and %d weights", AGE_PROFILE_MAX_WEIGHTS),
				 errdetail("The row gives %d.", n)));
	if (s && (int) s->columns != n)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("every row of age_profile must give the same number of weights"),
				 errdetail("The profile has %u weights and the row %d.", s->columns, n)));
	s = reserve(s, (uint32) n, 1);
	row = s->data + (Size) s->used * (1 + n);
	row[0] = age + 0.0;			/* -0 becomes 0 */
	/* the elements in place (a row per asset: no deconstructed copy) */
	bitmap = ARR_NULLBITMAP(weights);
	data = (const float8 *) array_data(weights);
	for (int i = 0; i < n; i++)
	{
		if (bitmap && !(bitmap[i / 8] & (1 << (i % 8))))
		{
			row[1 + i] = get_float8_nan();
			continue;
		}
		if (!isfinite(*data))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid weight for age_profile: %s", float8_message_text(*data)),
					 errdetail("A weight is a finite number or NULL.")));
		row[1 + i] = *data++;
	}
	s->used++;
	PG_RETURN_BYTEA_P(s);
}

/* age_profile_combine(a, b): the rows of both (in place in a when it has room) */
Datum
age_profile_combine(PG_FUNCTION_ARGS)
{
	ApState    *a;
	ApState    *b;

	growable_require_aggregate(fcinfo, "age_profile_combine", "combine", "age_profile");
	a = checked_state(fcinfo, 0);
	b = checked_state(fcinfo, 1);
	if (a->columns != b->columns)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot combine age profiles of %u and %u weights", a->columns, b->columns)));
	if (b->used == 0)
		PG_RETURN_BYTEA_P(a);
	a = reserve(a, a->columns, b->used);
	memcpy(a->data + (Size) a->used * (1 + a->columns), b->data,
		   (Size) b->used * (1 + b->columns) * sizeof(float8));
	a->used += b->used;
	PG_RETURN_BYTEA_P(a);
}

/* age_profile_final(state): the rows as a float8[rows][1 + weights] array */
Datum
age_profile_final(PG_FUNCTION_ARGS)
{
	ApState    *s;
	Size		count;
	Size		present = 0;
	Size		overhead;
	ArrayType  *a;
	float8	   *data;

	growable_require_aggregate(fcinfo, "age_profile_final", "final", "age_profile");
	s = checked_state(fcinfo, 0);
	if (s->used == 0)
		PG_RETURN_NULL();
	/* built in place (a million rows: no Datum per element) */
	count = (Size) s->used * (1 + s->columns);
	for (Size i = 0; i < count; i++)
		if (!isnan(s->data[i]))
			present++;
	overhead = present == count ? ARR_OVERHEAD_NONULLS(2) : ARR_OVERHEAD_WITHNULLS(2, count);
	a = palloc0(overhead + present * sizeof(float8));
	SET_VARSIZE(a, overhead + present * sizeof(float8));
	a->ndim = 2;
	a->dataoffset = present == count ? 0 : (int32) overhead;
	a->elemtype = FLOAT8OID;
	ARR_DIMS(a)[0] = (int) s->used;
	ARR_DIMS(a)[1] = (int) (1 + s->columns);
	ARR_LBOUND(a)[0] = 1;
	ARR_LBOUND(a)[1] = 1;
	data = (float8 *) ((char *) a + overhead);
	if (present == count)
		memcpy(data, s->data, count * sizeof(float8));
	else
	{
		bits8	   *bitmap = ARR_NULLBITMAP(a);

		for (Size i = 0; i < count; i++)
		{
			if (isnan(s->data[i]))
				continue;		/* a NULL: its bit stays 0 */
			bitmap[i / 8] |= (bits8) (1 << (i % 8));
			*data++ = s->data[i];
		}
	}
	PG_RETURN_ARRAYTYPE_P(a);
}

/*
 * The rows of a profile array, checked: 2-D float8, ages finite and 0 or
 * more (NULL ages are refused), at least one weight column.  Element (r, c)
 * is values[r * columns + c], NULL where nulls (NULL when the array has no
 * NULL) says so; column 0 is the age.  The values are read in place when
 * the array has no NULL.
 */
void
age_profile_read(ArrayType *profile, int *rows, int *columns, const double **values,
				 const bool **nulls)
{
	Size		count;
	const float8 *data;

	if (ARR_NDIM(profile) != 2 || ARR_ELEMTYPE(profile) != FLOAT8OID ||
		ARR_DIMS(profile)[1] < 2 || ARR_DIMS(profile)[1] > 1 + AGE_PROFILE_MAX_WEIGHTS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("an age profile is a two-dimensional float8 array of rows (age, weight, ...)"),
				 errhint("Build it with the age_profile aggregate.")));
	*rows = ARR_DIMS(profile)[0];
	*columns = ARR_DIMS(profile)[1];
	count = (Size) *rows * *columns;
	data = (const float8 *) array_data(profile);
	if (!ARR_HASNULL(profile))
	{
		*values = data;
		*nulls = NULL;
	}
	else
	{
		const bits8 *bitmap = ARR_NULLBITMAP(profile);
		double	   *v = palloc(count * sizeof(double));
		bool	   *n = palloc(count * sizeof(bool));

		for (Size i = 0; i < count; i++)
		{
			n[i] = !(bitmap[i / 8] & (1 << (i % 8)));
			v[i] = n[i] ? 0.0 : *data++;
		}
		*values = v;
		*nulls = n;
	}
	for (int r = 0; r < *rows; r++)
	{
		Size		i = (Size) r * *columns;

		if (*nulls && (*nulls)[i])
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("an age profile cannot hold a NULL age")));
		age_profile_check_age((*values)[i]);
	}
}
