/*
 * src/kaplan_meier.c
 *		kaplan_meier(lifetable) and km_median(lifetable): the Kaplan-Meier
 *		survival curve of a lifetable's lives, with Greenwood's variance
 *		and 95 % bounds.
 */
#include "postgres.h"

#include <math.h>

#include "fmgr.h"
#include "funcapi.h"
#include "utils/float.h"
#include "utils/tuplestore.h"

#include "compat.h"
#include "lifetable.h"

PG_FUNCTION_INFO_V1(lifetable_kaplan_meier);
PG_FUNCTION_INFO_V1(lifetable_km_median);

/* One row of the Kaplan-Meier table */
typedef struct KmRow
{
	double		age;
	double		at_risk;
	double		retired;
	double		censored;
} KmRow;

/*
 * The ages at which lives left observation, with the number at risk just
 * before (entered before the age, not yet left:
 * doc/derivations.md#weibull-formulas),
 * retired and censored there.  Returns the number of rows.
 */
static int
km_rows(Lifetable *lt, KmRow **rows_out)
{
	KmRow	   *rows = palloc(Max(lt->used, 1) * sizeof(KmRow));
	int			n = 0;
	uint32		i;

	if (lt->format == LT_FORMAT_EXACT)
	{
		LtObservation *obs = lt_sorted_observations(lt);
		double	   *entry = palloc(Max(lt->used, 1) * sizeof(double));
		uint32		entered = 0;

		for (i = 0; i < lt->used; i++)
			entry[i] = obs[i].entry;
		lt_sort_doubles(entry, lt->used);
		i = 0;
		while (i < lt->used)
		{
			double		t = obs[i].age;
			uint32		j = i;

			rows[n].age = t;
			rows[n].retired = 0;
			rows[n].censored = 0;
			for (; j < lt->used && obs[j].age == t; j++)
			{
				if (obs[j].retired)
					rows[n].retired++;
				else
					rows[n].censored++;
			}
			while (entered < lt->used && entry[entered] < t)
				entered++;
			/* every life that left before t entered before t */
			rows[n].at_risk = (double) entered - i;
			n++;
			i = j;
		}
	}
	else
	{
		double		entered = 0;
		double		left = 0;

		for (i = 0; i < lt->used; i++)
		{
			double		d = lt_events(lt)[i];
			double		c = lt_censored(lt)[i];

			/* at risk: entered at an earlier grid point (at 0: at 0) */
			if (d + c > 0)
			{
				rows[n].age = lt_bin_age((int) i);
				rows[n].at_risk = i == 0 ? lt_entries(lt)[0] : entered - left;
				rows[n].retired = d;
				rows[n].censored = c;
				n++;
			}
			entered += lt_entries(lt)[i];
			left += d + c;
		}
	}
	*rows_out = rows;
	return n;
}

/* The standard normal quantile of 0.975, for 95 % bounds */
#define KM_Z975 1.959963984540054

/*
 * Survival and its 95 % bounds after each row: the product-limit estimate,
 * Greenwood's variance, and bounds on the log(-log S) scale (they stay in
 * [0, 1]; clamped all the same).  Before the first retirement S = 1 with no
 * variance, and both bounds are 1 (as R's survfit gives them since
 * survival 3.5).  After the last life at risk retired (S = 0) that scale is
 * undefined: the bounds are NaN, shown as NULL.
 */
static void
km_survival(const KmRow *row, double *survival, double *greenwood,
			double *lower, double *upper)
{
	if (row->retired > 0)
	{
		*survival *= 1.0 - row->retired / row->at_risk;
		if (row->at_risk > row->retired)
			*greenwood += row->retired / (row->at_risk * (row->at_risk - row->retired));
		else
			*greenwood = get_float8_infinity();
	}
	if (*survival == 1.0 && *greenwood == 0.0)
		*lower = *upper = 1.0;
	else if (*survival > 0.0 && *survival < 1.0 && isfinite(*greenwood))
	{
		double		spread = exp(KM_Z975 * sqrt(*greenwood) / fabs(log(*survival)));

		*lower = Max(0.0, pow(*survival, spread));
		*upper = Min(1.0, pow(*survival, 1.0 / spread));
	}
	else
		*lower = *upper = get_float8_nan();
}

/*
 * kaplan_meier(lifetable): one row per distinct age at which lives left
 * observation (retired or censored), with the number at risk, the
 * survival estimate and its 95 % bounds
 */
Datum
lifetable_kaplan_meier(PG_FUNCTION_ARGS)
{
	Lifetable  *lt = PG_GETARG_LIFETABLE_P(0);
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	KmRow	   *rows;
	int			n = km_rows(lt, &rows);
	double		survival = 1.0;
	double		greenwood = 0.0;
	int			i;

	InitMaterializedSRF(fcinfo, 0);
	for (i = 0; i < n; i++)
	{
		Datum		values[7];
		bool		nulls[7] = {false, false, false, false, false, false, false};
		double		lower;
		double		upper;

		km_survival(&rows[i], &survival, &greenwood, &lower, &upper);
		values[0] = Float8GetDatum(rows[i].age);
		values[1] = Float8GetDatum(rows[i].at_risk);
		values[2] = Float8GetDatum(rows[i].retired);
		values[3] = Float8GetDatum(rows[i].censored);
		values[4] = Float8GetDatum(survival);
		values[5] = Float8GetDatum(lower);
		values[6] = Float8GetDatum(upper);
		nulls[5] = nulls[6] = isnan(lower);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}

/* km_median(lifetable): the first age where survival is 0.5 or less, or NULL */
Datum
lifetable_km_median(PG_FUNCTION_ARGS)
{
	Lifetable  *lt = PG_GETARG_LIFETABLE_P(0);
	KmRow	   *rows;
	int			n = km_rows(lt, &rows);
	double		survival = 1.0;
	int			i;

	/* the product-limit estimate of km_survival, without the bounds */
	for (i = 0; i < n; i++)
	{
		if (rows[i].retired > 0)
			survival *= 1.0 - rows[i].retired / rows[i].at_risk;
		if (survival <= 0.5)
			PG_RETURN_FLOAT8(rows[i].age);
	}
	PG_RETURN_NULL();
}
