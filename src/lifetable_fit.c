/*
 * src/lifetable_fit.c
 *		weibull_fit(lifetable): the maximum-likelihood Weibull fit of a
 *		lifetable's lives, with right censoring and delayed entry (the
 *		numerics are in weibull_math.c).
 */
#include "postgres.h"

#include <math.h>

#include "fmgr.h"

#include "compat.h"
#include "scan.h"
#include "lifetable.h"
#include "weibull.h"
#include "weibull_math.h"

PG_FUNCTION_INFO_V1(lifetable_weibull_fit);

/*
 * weibull_fit(lifetable [, notice]): maximum-likelihood Weibull with right
 * censoring and delayed entry; NULL and a NOTICE when there is none (no
 * NOTICE when notice is false)
 */
Datum
lifetable_weibull_fit(PG_FUNCTION_ARGS)
{
	Lifetable  *lt = PG_GETARG_LIFETABLE_P(0);
	WbExit	   *exits = palloc(Max(lt->used, 1) * sizeof(WbExit));
	WbEntry    *entries = palloc(Max(lt->used, 1) * sizeof(WbEntry));
	int			nexits = 0;
	int			nentries = 0;
	double		shape;
	double		scale;
	double		loglik;
	uint64		retired;
	uint64		lives = lt_lives(lt, &retired);
	LtObservation *obs = NULL;
	uint32		i;

	/* weibull_fit(lifetable, notice => false) stays quiet (reports call it per group) */
	int			elevel = (PG_NARGS() > 1 && !PG_GETARG_BOOL(1)) ? DEBUG1 : NOTICE;

	/* sorted, so that the sums do not depend on the order rows arrived in */
	if (lt->format == LT_FORMAT_EXACT)
		obs = lt_sorted_observations(lt);
	for (i = 0; i < lt->used; i++)
	{
		double		exits_here;
		double		entries_here;

		if (obs)
		{
			exits[nexits].age = obs[i].age;
			exits[nexits].events = obs[i].retired ? 1.0 : 0.0;
			exits_here = 1.0;
			entries[nentries].age = obs[i].entry;
			entries_here = 1.0;
		}
		else
		{
			exits[nexits].age = lt_bin_fit_age((int) i);
			exits[nexits].events = lt_events(lt)[i];
			exits_here = (double) lt_events(lt)[i] + lt_censored(lt)[i];
			entries[nentries].age = lt_bin_age((int) i);
			entries_here = lt_entries(lt)[i];
		}
		if (exits_here > 0.0)
		{
			exits[nexits].exits = exits_here;
			nexits++;
		}
		/* entries at age 0 add nothing to the exposure */
		if (entries_here > 0.0 && entries[nentries].age > 0.0)
		{
			entries[nentries].count = entries_here;
			nentries++;
		}
	}

	switch (wb_fit(exits, nexits, entries, nentries, &shape, &scale, &loglik))
	{
		case WB_FIT_OK:
			break;
		case WB_FIT_NO_RETIREMENTS:
			ereport(elevel,
					(errmsg("weibull_fit: no retirements, so no Weibull distribution can be fitted"),
					 errdetail("The lifetable holds " UINT64_FORMAT " lives and none of them has retired; with every life still in service the scale has no finite estimate.",
							   lives)));
			PG_RETURN_NULL();
		case WB_FIT_ONE_RETIREMENT_AGE:
			ereport(elevel,
					(errmsg("weibull_fit: fewer than two distinct retirement ages, so no Weibull distribution can be fitted"),
					 errdetail("All " UINT64_FORMAT " retirements are at the same age%s; the shape needs retirements at two ages or more.",
							   retired, lt->format == LT_FORMAT_HISTOGRAM ? " of the grid" : "")));
			PG_RETURN_NULL();
		case WB_FIT_NO_MAXIMUM:
			ereport(elevel,
					(errmsg("weibull_fit: the likelihood has no maximum for a shape between %s and %s",
							float8_message_text(WB_FIT_SHAPE_MIN),
							float8_message_text(WB_FIT_SHAPE_MAX))));
			PG_RETURN_NULL();
	}
	if (!isfinite(scale) || !(scale > 0.0))
	{
		ereport(elevel,
				(errmsg("weibull_fit: the fitted scale is out of range"),
				 errdetail("The maximum-likelihood scale does not fit in double precision.")));
		PG_RETURN_NULL();
	}
	PG_RETURN_WEIBULL_P(weibull_new(shape, scale));
}
