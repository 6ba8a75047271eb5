/*
 * src/period_sums.c
 *		The yearly disclosures' sums per reporting period, in one pass over
 *		an organisation's assets: ghg_period_sums, esrs_period_sums and
 *		pact_period_sums (src/period_sums.sql).
 *
 * A disclosure view sums, per organisation and reporting period, figures of
 * the assets that touch the period (bought before its end and not retired
 * before its start).  Joined to the periods in SQL, an asset became one row
 * per period it touches, and each of a dozen FILTERed sums was evaluated on
 * every such row: over 2,000,000 rows for three years of a 1,000,000-asset
 * register, and most of the views' time (issue 14, item 6).  These
 * aggregates take an organisation's periods (their starts and ends: the
 * same arrays on every row of a group, in the order of the reporting
 * years) and one row per asset, and add the asset's part to each period it
 * touches in one call; the final function gives one row per period.
 *
 * The arithmetic is that of asset_years (src/disclosures.sql), operation
 * for operation on the rows a register holds (the asset table's checks:
 * a retirement finite and not before the purchase, a quantity of 1 or
 * more), so that a sum is the one the SQL's FILTERed sum(float8) gives over
 * the same rows: NULL where no row gave a value, the values added in the
 * order of the rows, float8 overflow an error.
 *
 * The state is a bytea of fixed size (the periods, then a value and a
 * count per period and measure), updated in place; a real type, so that
 * parallel workers can split the aggregate.
 */
#include "postgres.h"

#include <math.h>

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "fmgr.h"
#include "funcapi.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/float.h"
#include "utils/lsyscache.h"
#include "utils/typcache.h"

#include "compat.h"
#include "growable_state.h"

PG_FUNCTION_INFO_V1(ghg_period_sums_add);
PG_FUNCTION_INFO_V1(esrs_period_sums_add);
PG_FUNCTION_INFO_V1(pact_period_sums_add);
PG_FUNCTION_INFO_V1(period_sums_combine);
PG_FUNCTION_INFO_V1(period_sums_final);

/* A reporting year from 1990 to 2100 */
#define MAX_PERIODS 111

#define PERIOD_SUMS_MAGIC 0x50534d31	/* "PSM1" */

/*
 * The state: the header, the periods' starts and ends (padded to MAXALIGN),
 * then per period and measure a value and the number of values gathered
 * (none: the measure is NULL)
 */
typedef struct PeriodSums
{
	int32		vl_len_;
	uint32		magic;
	int32		nperiods;
	int32		nmeasures;
	int32		aggregate_id;	/* which aggregate made it (PeriodSumsSpec.id) */
	int32		reserved;
	char		data[FLEXIBLE_ARRAY_MEMBER];
} PeriodSums;

StaticAssertDecl(offsetof(PeriodSums, data) == MAXALIGN(offsetof(PeriodSums, data)),
				 "the data of a period_sums state must be MAXALIGNed");

/* What each aggregate sums */
typedef struct PeriodSumsSpec
{
	const char *aggregate;
	const char *transition;		/* the name of its transition function */
	int			id;
	int			nmeasures;
} PeriodSumsSpec;

/* ghg_period_sums: the measures, in the order of ghg_period_sums_row */
enum
{
	GHG_UNITS_BOUGHT,
	GHG_EMBODIED_BOUGHT,
	GHG_EMBODIED_BOUGHT_DEFAULTED,
	GHG_UNITS_BOUGHT_WITHOUT_EMBODIED,
	GHG_EMBODIED_AMORTISED,
	GHG_KWH,
	GHG_KWH_DEFAULTED,
	GHG_UNITS_IN_USE,
	GHG_UNITS_IN_USE_WITHOUT_KWH,
	GHG_MEASURES
};

/* esrs_period_sums: the measures, in the order of esrs_period_sums_row */
enum
{
	ESRS_UNITS_BOUGHT,
	ESRS_MASS_BOUGHT,
	ESRS_MASS_REFURBISHED,
	ESRS_RECYCLED_MASS,
	ESRS_RECYCLED_KNOWN_MASS,
	ESRS_UNITS_RETIRED,
	ESRS_MASS_RETIRED,
	ESRS_REUSE,
	ESRS_REFURBISHMENT,
	ESRS_RECYCLING,
	ESRS_UNKNOWN_ROUTE,
	ESRS_LANDFILL,
	ESRS_LIFE_RETIRED,
	ESRS_REFERENCE_RETIRED,
	ESRS_UNITS_RETIRED_WITH_LIFE,
	ESRS_CRITICAL_RETIRED,
	ESRS_MASS_DEFAULTED,
	ESRS_MEASURES
};

/* pact_period_sums: the measures, in the order of pact_period_sums_row */
enum
{
	PACT_IN_SERVICE_AT_END,
	PACT_UNITS_BOUGHT,
	PACT_REFURBISHED,
	PACT_UNITS_RETIRED,
	PACT_REUSED,
	PACT_MEASURES
};

static const PeriodSumsSpec ghg_spec = {
	.aggregate = "ghg_period_sums", .transition = "ghg_period_sums_add", .id = 1, .nmeasures = GHG_MEASURES,
};
static const PeriodSumsSpec esrs_spec = {
	.aggregate = "esrs_period_sums", .transition = "esrs_period_sums_add", .id = 2, .nmeasures = ESRS_MEASURES,
};
static const PeriodSumsSpec pact_spec = {
	.aggregate = "pact_period_sums", .transition = "pact_period_sums_add", .id = 3, .nmeasures = PACT_MEASURES,
};

/* The spec of a state's aggregate, by its id; NULL for none */
static const PeriodSumsSpec *
spec_of(int id)
{
	switch (id)
	{
		case 1:
			return &ghg_spec;
		case 2:
			return &esrs_spec;
		case 3:
			return &pact_spec;
	}
	return NULL;
}

/* Bytes of the periods' starts and ends, padded */
static inline Size
periods_size(int nperiods)
{
	return MAXALIGN(2 * (Size) nperiods * sizeof(DateADT));
}

/* The varlena size of a state */
static inline Size
state_size(int nperiods, int nmeasures)
{
	return offsetof(PeriodSums, data) + periods_size(nperiods) +
		(Size) nperiods * nmeasures * (sizeof(float8) + sizeof(int64));
}

static inline DateADT *
state_starts(PeriodSums *s)
{
	return (DateADT *) s->data;
}

static inline DateADT *
state_ends(PeriodSums *s)
{
	return (DateADT *) s->data + s->nperiods;
}

static inline float8 *
state_values(PeriodSums *s)
{
	return (float8 *) (s->data + periods_size(s->nperiods));
}

static inline int64 *
state_counts(PeriodSums *s)
{
	return (int64 *) (state_values(s) + (Size) s->nperiods * s->nmeasures);
}

/* The state in argument n, checked: a bytea made by the aggregate of spec (any, for NULL) */
static PeriodSums *
checked_state(FunctionCallInfo fcinfo, int n, const PeriodSumsSpec *spec, const char *aggregate)
{
	PeriodSums *s = growable_getarg(fcinfo, n);

	if (VARSIZE(s) < offsetof(PeriodSums, data) || s->magic != PERIOD_SUMS_MAGIC ||
		s->nperiods < 1 || s->nperiods > MAX_PERIODS ||
		spec_of(s->aggregate_id) == NULL || (spec != NULL && s->aggregate_id != spec->id) ||
		s->nmeasures != spec_of(s->aggregate_id)->nmeasures ||
		VARSIZE(s) != state_size(s->nperiods, s->nmeasures))
		growable_invalid(aggregate);
	return s;
}

/*
 * An array argument read where it is, in its packed form when it has one:
 * an array of a few elements arrives from a tuple with a 1-byte header,
 * and PG_GETARG_ARRAYTYPE_P would copy it to give it a 4-byte one, for
 * every row.  Its elements may then be unaligned: they are read with
 * memcpy.
 */
typedef struct ArrayInPlace
{
	int			nitems;			/* the elements of a one-dimensional array; -1 otherwise */
	Oid			elemtype;
	bool		has_nulls;		/* whether an element is NULL */
	const char *data;			/* the first element */
	const char *end;			/* the end of the array */
} ArrayInPlace;

static ArrayInPlace
array_in_place(FunctionCallInfo fcinfo, int n)
{
	struct varlena *v = pg_detoast_datum_packed((struct varlena *) DatumGetPointer(PG_GETARG_DATUM(n)));
	/* the ArrayType's fields after vl_len_, where the varlena's data starts */
	const char *fields = VARDATA_ANY(v);
	Size		size = VARSIZE_ANY_EXHDR(v);
	ArrayInPlace a = {.nitems = -1, .end = fields + size};
	int			ndim;
	int32		dataoffset;
	int			dim = 0;

#define FIELD_AT(offset) (fields + (offset) - VARHDRSZ)
	if (size + VARHDRSZ < ARR_OVERHEAD_NONULLS(1))
		return a;
	memcpy(&ndim, FIELD_AT(offsetof(ArrayType, ndim)), sizeof(int));
	memcpy(&dataoffset, FIELD_AT(offsetof(ArrayType, dataoffset)), sizeof(int32));
	memcpy(&a.elemtype, FIELD_AT(offsetof(ArrayType, elemtype)), sizeof(Oid));
	if (ndim != 1)
		return a;
	memcpy(&dim, FIELD_AT(sizeof(ArrayType)), sizeof(int));
	a.nitems = dim;
	a.has_nulls = dataoffset != 0;
	a.data = FIELD_AT(dataoffset != 0 ? (Size) dataoffset : ARR_OVERHEAD_NONULLS(1));
#undef FIELD_AT
	return a;
}

/* The periods' dates of a date[] argument: one dimension, no NULL, 1 to MAX_PERIODS of them */
static ArrayInPlace
period_dates(FunctionCallInfo fcinfo, int n, const char *aggregate)
{
	ArrayInPlace a;

	if (PG_ARGISNULL(n))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("the periods of %s must not be NULL", aggregate)));
	a = array_in_place(fcinfo, n);
	if (a.elemtype != DATEOID || a.nitems < 1 || a.nitems > MAX_PERIODS || a.has_nulls ||
		a.data + a.nitems * sizeof(DateADT) > a.end)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("the periods of %s must be 1 to %d dates without NULL", aggregate, MAX_PERIODS)));
	return a;
}

/*
 * The state a transition adds to: argument 0, or a new one for the
 * periods of arguments 1 (starts) and 2 (ends); the periods of every row
 * of a group must be the same
 */
static PeriodSums *
state_for_row(FunctionCallInfo fcinfo, const PeriodSumsSpec *spec)
{
	PeriodSums *s;
	ArrayInPlace starts;
	ArrayInPlace ends;
	int			n;

	growable_require_aggregate(fcinfo, spec->transition, "transition", spec->aggregate);
	starts = period_dates(fcinfo, 1, spec->aggregate);
	ends = period_dates(fcinfo, 2, spec->aggregate);
	n = starts.nitems;
	if (!PG_ARGISNULL(0))
	{
		s = checked_state(fcinfo, 0, spec, spec->aggregate);
		if (s->nperiods != n || ends.nitems != n ||
			memcmp(state_starts(s), starts.data, n * sizeof(DateADT)) != 0 ||
			memcmp(state_ends(s), ends.data, n * sizeof(DateADT)) != 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("the periods of %s must be the same on every row of a group", spec->aggregate)));
		return s;
	}
	if (ends.nitems != n)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s needs as many period ends as starts", spec->aggregate),
				 errdetail("The starts are %d, the ends %d.", n, ends.nitems)));
	s = palloc0(state_size(n, spec->nmeasures));
	SET_VARSIZE(s, state_size(n, spec->nmeasures));
	s->magic = PERIOD_SUMS_MAGIC;
	s->nperiods = n;
	s->nmeasures = spec->nmeasures;
	s->aggregate_id = spec->id;
	memcpy(state_starts(s), starts.data, n * sizeof(DateADT));
	memcpy(state_ends(s), ends.data, n * sizeof(DateADT));
	for (int i = 0; i < n; i++)
		if (DATE_NOT_FINITE(state_starts(s)[i]) || DATE_NOT_FINITE(state_ends(s)[i]) ||
			state_starts(s)[i] >= state_ends(s)[i])
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("each period of %s must start before it ends, on finite dates", spec->aggregate)));
	return s;
}

/* Adds value to a sum (as sum(float8): the first value as it is, then float8pl) */
static inline void
add_sum(PeriodSums *s, int period, int measure, float8 value)
{
	Size		at = (Size) period * s->nmeasures + measure;
	float8	   *values = state_values(s);
	int64	   *counts = state_counts(s);

	values[at] = counts[at] == 0 ? value : float8_pl(values[at], value);
	counts[at]++;
}

/*
 * Days of [from, to) in [start, end), at least 0, as float8 years
 * (asset_years' greatest(least(...) - greatest(...), 0)::float8 / 365.25)
 */
static inline float8
years_within(DateADT from, DateADT to, DateADT start, DateADT end)
{
	int64		days = (int64) Min(to, end) - (int64) Max(from, start);

	return (float8) Max(days, 0) / 365.25;
}

/* A float8 argument, or NaN for NULL (no figure) */
static inline float8
float_or_nan(FunctionCallInfo fcinfo, int n)
{
	return PG_ARGISNULL(n) ? get_float8_nan() : PG_GETARG_FLOAT8(n);
}

/* A boolean argument, false for NULL (as a FILTER reads it) */
static inline bool
bool_arg(FunctionCallInfo fcinfo, int n)
{
	return !PG_ARGISNULL(n) && PG_GETARG_BOOL(n);
}

/* Whether a text argument is the word given (false for NULL) */
static bool
text_is(FunctionCallInfo fcinfo, int n, const char *word)
{
	text	   *t;
	Size		len = strlen(word);

	if (PG_ARGISNULL(n))
		return false;
	t = PG_GETARG_TEXT_PP(n);
	return VARSIZE_ANY_EXHDR(t) == len && memcmp(VARDATA_ANY(t), word, len) == 0;
}

/* A date argument: false for NULL */
static inline bool
date_arg(FunctionCallInfo fcinfo, int n, DateADT *date)
{
	if (PG_ARGISNULL(n))
		return false;
	*date = PG_GETARG_DATEADT(n);
	return true;
}

/* The purchase date, which every asset has */
static DateADT
purchase_date(FunctionCallInfo fcinfo, int n, const char *aggregate)
{
	DateADT		purchased;

	if (!date_arg(fcinfo, n, &purchased) || DATE_NOT_FINITE(purchased))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("the purchase date of %s must be a finite date", aggregate)));
	return purchased;
}

/* The quantity, which every asset has: 1 or more */
static float8
quantity_arg(FunctionCallInfo fcinfo, int n, const char *aggregate)
{
	if (PG_ARGISNULL(n) || PG_GETARG_INT32(n) < 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("the quantity of %s must be 1 or more", aggregate)));
	return (float8) PG_GETARG_INT32(n);
}

/* An asset's dates and units: what every transition reads */
typedef struct AssetUnits
{
	DateADT		purchased;
	DateADT		retired;
	bool		retired_known;	/* retired by the date reported on */
	float8		quantity;
} AssetUnits;

/*
 * The asset of a row: its purchase date in argument n, its retirement (NULL:
 * in service) in n + 1, its quantity in q
 */
static AssetUnits
asset_units(FunctionCallInfo fcinfo, int n, int q, const char *aggregate)
{
	AssetUnits	a = {.retired = 0};

	a.purchased = purchase_date(fcinfo, n, aggregate);
	a.retired_known = date_arg(fcinfo, n + 1, &a.retired);
	/* as the register's checks (and service_years) have it */
	if (a.retired_known && (DATE_NOT_FINITE(a.retired) || a.retired < a.purchased))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("the retirement date of %s must be a finite date, not before the purchase", aggregate)));
	a.quantity = quantity_arg(fcinfo, q, aggregate);
	return a;
}

/* How an asset stands to a period */
typedef struct PeriodPart
{
	bool		touches;		/* bought before its end, not retired before its start */
	bool		bought;			/* bought in it */
	bool		retired;		/* retired in it */
} PeriodPart;

static inline PeriodPart
period_part(const AssetUnits *a, DateADT start, DateADT end)
{
	PeriodPart	p;

	p.touches = a->purchased < end && (!a->retired_known || a->retired >= start);
	p.bought = a->purchased >= start && a->purchased < end;
	p.retired = a->retired_known && a->retired >= start && a->retired < end;
	return p;
}

/*
 * The end of a unit's reference lifespan: purchased plus the lifespan in
 * days, as asset_period_figures computes it in SQL
 * (purchased + (reference_life_years * 365.25)::integer), with the errors
 * of that cast and that sum
 */
static DateADT
end_of_reference_life(DateADT purchased, float8 reference_life)
{
	float8		days = rint(float8_mul(reference_life, 365.25));
	int64		end;

	if (isnan(days) || !FLOAT8_FITS_IN_INT32(days))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("integer out of range")));
	end = (int64) purchased + (int64) days;
	if (!IS_VALID_DATE(end))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("date out of range")));
	return (DateADT) end;
}

/*
 * ghg_period_sums_add(state, starts, ends, as_of, purchased, retired,
 * in_stock, reference_life_years, quantity, embodied_kg_co2e, acquired,
 * category_embodied_kg_co2e, kwh_per_year, category_kwh_per_year): one
 * asset's part of each period's GHG Protocol sums (ghg_ict_emissions; the
 * view groups the assets by country too, and applies each country's grid
 * factors to its kWh).  The figures are the asset's (or its
 * model's) and its category's: the category's stands in where the asset
 * has none (for the embodied emissions, only of a unit bought new), as in
 * asset_period_figures.
 */
Datum
ghg_period_sums_add(PG_FUNCTION_ARGS)
{
	const char *agg = ghg_spec.aggregate;
	PeriodSums *s = state_for_row(fcinfo, &ghg_spec);
	DateADT		as_of = 0;
	bool		as_of_known = date_arg(fcinfo, 3, &as_of) && !DATE_NOT_FINITE(as_of);
	AssetUnits	a = asset_units(fcinfo, 4, 8, agg);
	bool		in_stock = bool_arg(fcinfo, 6);
	bool		has_reference = !PG_ARGISNULL(7);
	float8		reference_life = float_or_nan(fcinfo, 7);
	bool		bought_new = text_is(fcinfo, 10, "new");
	/* the asset's figure, else its category's (the embodied one only of a unit bought new) */
	bool		embodied_defaulted = PG_ARGISNULL(9) && bought_new && !PG_ARGISNULL(11);
	bool		has_embodied = !PG_ARGISNULL(9) || embodied_defaulted;
	float8		embodied = has_embodied ?
		float8_mul(a.quantity, float_or_nan(fcinfo, embodied_defaulted ? 11 : 9)) : 0.0;
	bool		kwh_defaulted = PG_ARGISNULL(12) && !PG_ARGISNULL(13);
	bool		has_kwh = !PG_ARGISNULL(12) || kwh_defaulted;
	float8		kwh_per_year = has_kwh ? float_or_nan(fcinfo, kwh_defaulted ? 13 : 12) : 0.0;
	/* the end of use: retirement, else the date reported on */
	DateADT		use_end = a.retired_known ? a.retired : as_of;
	/* the end of amortisation: the end of the reference lifespan or retirement, whichever comes first */
	DateADT		amortised_end = 0;
	bool		has_write_off = false;
	float8		write_off = 0.0;

	if (!in_stock && !a.retired_known && !as_of_known)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s needs a finite date (as_of) for a unit in service", agg)));
	if (has_reference)
	{
		amortised_end = end_of_reference_life(a.purchased, reference_life);
		/* what is left to amortise at a retirement before the end of the reference lifespan */
		if (a.retired_known && a.retired < amortised_end)
		{
			has_write_off = true;
			write_off = float8_mi(1.0, float8_div((float8) ((int64) a.retired - (int64) a.purchased) / 365.25,
												  reference_life));
			amortised_end = a.retired;
		}
	}

	for (int i = 0; i < s->nperiods; i++)
	{
		DateADT		start = state_starts(s)[i];
		DateADT		end = state_ends(s)[i];
		PeriodPart	p = period_part(&a, start, end);
		float8		in_use_years;

		if (!p.touches)
			continue;
		in_use_years = in_stock ? 0.0 : years_within(a.purchased, use_end, start, end);
		if (p.bought)
		{
			add_sum(s, i, GHG_UNITS_BOUGHT, a.quantity);
			if (has_embodied)
			{
				add_sum(s, i, GHG_EMBODIED_BOUGHT, embodied);
				if (embodied_defaulted)
					add_sum(s, i, GHG_EMBODIED_BOUGHT_DEFAULTED, embodied);
			}
			else
				add_sum(s, i, GHG_UNITS_BOUGHT_WITHOUT_EMBODIED, a.quantity);
		}
		/* the share of the embodied emissions the period carries */
		if (has_embodied && has_reference)
		{
			float8		share = float8_pl(float8_div(years_within(a.purchased, amortised_end, start, end),
													 reference_life),
									  p.retired && has_write_off ? write_off : 0.0);

			add_sum(s, i, GHG_EMBODIED_AMORTISED, float8_mul(embodied, share));
		}
		if (has_kwh)
		{
			float8		kwh = float8_mul(float8_mul(a.quantity, kwh_per_year), in_use_years);

			add_sum(s, i, GHG_KWH, kwh);
			if (kwh_defaulted)
				add_sum(s, i, GHG_KWH_DEFAULTED, kwh);
		}
		if (in_use_years > 0.0)
		{
			add_sum(s, i, GHG_UNITS_IN_USE, a.quantity);
			if (!has_kwh)
				add_sum(s, i, GHG_UNITS_IN_USE_WITHOUT_KWH, a.quantity);
		}
	}
	PG_RETURN_BYTEA_P(s);
}

/*
 * esrs_period_sums_add(state, starts, ends, purchased, retired, quantity,
 * mass_kg, category_mass_kg, acquired, recycled_content, eol_route,
 * reference_life_years, critical_grams): one asset's part of each period's
 * ESRS E5 sums (esrs_e5_ict); the category's mass stands in where the
 * asset (or its model) has none, and the service life of a unit retired is
 * service_years': (retired - purchased) / 365.25
 */
Datum
esrs_period_sums_add(PG_FUNCTION_ARGS)
{
	const char *agg = esrs_spec.aggregate;
	PeriodSums *s = state_for_row(fcinfo, &esrs_spec);
	AssetUnits	a = asset_units(fcinfo, 3, 5, agg);
	bool		mass_defaulted = PG_ARGISNULL(6) && !PG_ARGISNULL(7);
	bool		has_mass = !PG_ARGISNULL(6) || mass_defaulted;
	float8		mass = has_mass ? float8_mul(a.quantity, float_or_nan(fcinfo, mass_defaulted ? 7 : 6)) : 0.0;
	bool		refurbished = text_is(fcinfo, 8, "refurbished");
	bool		has_recycled = !PG_ARGISNULL(9);
	float8		recycled_content = float_or_nan(fcinfo, 9);
	float8		life = a.retired_known ? (float8) ((int64) a.retired - (int64) a.purchased) / 365.25 : 0.0;
	bool		has_reference = !PG_ARGISNULL(11);
	float8		reference = float_or_nan(fcinfo, 11);
	bool		has_critical = !PG_ARGISNULL(12);
	float8		critical = float_or_nan(fcinfo, 12);
	/* the sum the route's mass goes to, read once (-1: a route of none of them) */
	int			route = PG_ARGISNULL(10) || text_is(fcinfo, 10, "informal_unknown") ? ESRS_UNKNOWN_ROUTE :
		text_is(fcinfo, 10, "reuse") ? ESRS_REUSE :
		text_is(fcinfo, 10, "refurbishment") ? ESRS_REFURBISHMENT :
		text_is(fcinfo, 10, "formal_recycling") ? ESRS_RECYCLING :
		text_is(fcinfo, 10, "landfill") ? ESRS_LANDFILL : -1;

	for (int i = 0; i < s->nperiods; i++)
	{
		PeriodPart	p = period_part(&a, state_starts(s)[i], state_ends(s)[i]);

		if (!p.touches)
			continue;
		if (p.bought)
		{
			add_sum(s, i, ESRS_UNITS_BOUGHT, a.quantity);
			if (has_mass)
			{
				add_sum(s, i, ESRS_MASS_BOUGHT, mass);
				if (refurbished)
					add_sum(s, i, ESRS_MASS_REFURBISHED, mass);
				if (has_recycled)
				{
					add_sum(s, i, ESRS_RECYCLED_MASS, float8_mul(mass, recycled_content));
					add_sum(s, i, ESRS_RECYCLED_KNOWN_MASS, mass);
				}
			}
		}
		if (p.retired)
		{
			add_sum(s, i, ESRS_UNITS_RETIRED, a.quantity);
			if (has_mass)
			{
				add_sum(s, i, ESRS_MASS_RETIRED, mass);
				if (route >= 0)
					add_sum(s, i, route, mass);
			}
			if (has_reference)
			{
				add_sum(s, i, ESRS_LIFE_RETIRED, float8_mul(a.quantity, life));
				add_sum(s, i, ESRS_REFERENCE_RETIRED, float8_mul(a.quantity, reference));
				add_sum(s, i, ESRS_UNITS_RETIRED_WITH_LIFE, a.quantity);
			}
			if (has_critical)
				add_sum(s, i, ESRS_CRITICAL_RETIRED, float8_mul(a.quantity, critical));
		}
		if ((p.bought || p.retired) && has_mass && mass_defaulted)
			add_sum(s, i, ESRS_MASS_DEFAULTED, mass);
	}
	PG_RETURN_BYTEA_P(s);
}

/*
 * pact_period_sums_add(state, starts, ends, purchased, retired, in_stock,
 * quantity, acquired, eol_route): one asset's part of each period's
 * counts of the Circular and Fair ICT Pact's indicators (pact_indicators)
 */
Datum
pact_period_sums_add(PG_FUNCTION_ARGS)
{
	const char *agg = pact_spec.aggregate;
	PeriodSums *s = state_for_row(fcinfo, &pact_spec);
	AssetUnits	a = asset_units(fcinfo, 3, 6, agg);
	/* in stock (NULL: not known, so not counted in service, as NOT NULL filters) */
	bool		not_in_stock = !PG_ARGISNULL(5) && !PG_GETARG_BOOL(5);
	bool		refurbished = text_is(fcinfo, 7, "refurbished");
	bool		reused = text_is(fcinfo, 8, "reuse") || text_is(fcinfo, 8, "refurbishment");

	for (int i = 0; i < s->nperiods; i++)
	{
		DateADT		end = state_ends(s)[i];
		PeriodPart	p = period_part(&a, state_starts(s)[i], end);

		if (!p.touches)
			continue;
		/* in service at the end of the period; a unit in stock today counts as in stock then */
		if ((!a.retired_known || a.retired >= end) && not_in_stock)
			add_sum(s, i, PACT_IN_SERVICE_AT_END, a.quantity);
		if (p.bought)
		{
			add_sum(s, i, PACT_UNITS_BOUGHT, a.quantity);
			if (refurbished)
				add_sum(s, i, PACT_REFURBISHED, a.quantity);
		}
		if (p.retired)
		{
			add_sum(s, i, PACT_UNITS_RETIRED, a.quantity);
			if (reused)
				add_sum(s, i, PACT_REUSED, a.quantity);
		}
	}
	PG_RETURN_BYTEA_P(s);
}

/*
 * period_sums_combine(a, b): the sums of both (in place in a), a
 * parallel worker's added to the leader's; the periods must be the same
 */
Datum
period_sums_combine(PG_FUNCTION_ARGS)
{
	PeriodSums *a;
	PeriodSums *b;
	float8	   *av;
	float8	   *bv;
	int64	   *ac;
	int64	   *bc;

	growable_require_aggregate(fcinfo, "period_sums_combine", "combine", "the period sums");
	a = checked_state(fcinfo, 0, NULL, "period sums");
	b = checked_state(fcinfo, 1, NULL, "period sums");
	if (b->aggregate_id != a->aggregate_id || b->nperiods != a->nperiods ||
		memcmp(a->data, b->data, periods_size(a->nperiods)) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("the periods of %s must be the same on every row of a group",
						spec_of(a->aggregate_id)->aggregate)));
	av = state_values(a);
	bv = state_values(b);
	ac = state_counts(a);
	bc = state_counts(b);
	for (Size at = 0; at < (Size) a->nperiods * a->nmeasures; at++)
	{
		if (bc[at] <= 0)
			continue;
		av[at] = ac[at] <= 0 ? bv[at] : float8_pl(av[at], bv[at]);
		ac[at] = Max(ac[at], 0) + bc[at];
	}
	PG_RETURN_BYTEA_P(a);
}

/*
 * period_sums_final(state): one row per period, of the aggregate's row
 * type (the element type of the array the final function returns): the
 * period's place (1 for the first), then each measure, NULL where no row
 * gave it a value
 */
Datum
period_sums_final(PG_FUNCTION_ARGS)
{
	PeriodSums *s;
	Oid			rowtype;
	TupleDesc	desc;
	Datum	   *rows;
	Datum	   *values;
	bool	   *nulls;
	int16		typlen;
	bool		typbyval;
	char		typalign;

	growable_require_aggregate(fcinfo, "period_sums_final", "final", "the period sums");
	s = checked_state(fcinfo, 0, NULL, "period sums");
	rowtype = get_element_type(get_func_rettype(fcinfo->flinfo->fn_oid));
	if (!OidIsValid(rowtype) || !type_is_rowtype(rowtype))
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("period_sums_final must return an array of a row type")));
	desc = lookup_rowtype_tupdesc_copy(rowtype, -1);
	if (desc->natts != 1 + s->nmeasures || TupleDescAttr(desc, 0)->atttypid != INT4OID)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("the row type of %s does not match its state", spec_of(s->aggregate_id)->aggregate)));
	for (int m = 1; m < desc->natts; m++)
		if (TupleDescAttr(desc, m)->atttypid != FLOAT8OID || TupleDescAttr(desc, m)->attisdropped)
			ereport(ERROR,
					(errcode(ERRCODE_DATATYPE_MISMATCH),
					 errmsg("the row type of %s does not match its state", spec_of(s->aggregate_id)->aggregate)));

	rows = palloc(s->nperiods * sizeof(Datum));
	values = palloc(desc->natts * sizeof(Datum));
	nulls = palloc(desc->natts * sizeof(bool));
	for (int i = 0; i < s->nperiods; i++)
	{
		values[0] = Int32GetDatum(i + 1);
		nulls[0] = false;
		for (int m = 0; m < s->nmeasures; m++)
		{
			Size		at = (Size) i * s->nmeasures + m;

			nulls[1 + m] = state_counts(s)[at] <= 0;
			values[1 + m] = Float8GetDatum(nulls[1 + m] ? 0.0 : state_values(s)[at]);
		}
		rows[i] = HeapTupleGetDatum(heap_form_tuple(desc, values, nulls));
	}
	get_typlenbyvalalign(rowtype, &typlen, &typbyval, &typalign);
	PG_RETURN_ARRAYTYPE_P(construct_array(rows, s->nperiods, rowtype, typlen, typbyval, typalign));
}
