/*
 * src/lifespan.c
 *		service_years(): years in service from purchase and retirement dates.
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/date.h"

#include "compat.h"

/* Days per year: the Julian year, as the research notes and UNU use
 * (doc/derivations.md#weibull-formulas: ages in years) */
#define DAYS_PER_YEAR 365.25

PG_FUNCTION_INFO_V1(service_years);

/* A finite date as ISO text, whatever DateStyle says */
static char *
iso_date(DateADT d)
{
	int			year;
	int			month;
	int			day;

	j2date(d + POSTGRES_EPOCH_JDATE, &year, &month, &day);
	if (year <= 0)
		return psprintf("%04d-%02d-%02d BC", 1 - year, month, day);
	return psprintf("%04d-%02d-%02d", year, month, day);
}

/* A date argument that must be given and finite */
static DateADT
required_date(FunctionCallInfo fcinfo, int argno, const char *name)
{
	DateADT		d;

	if (PG_ARGISNULL(argno))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must not be NULL", name),
				 errdetail("service_years needs the purchase date and the date it reports on (as_of); only the retirement date may be NULL.")));
	d = PG_GETARG_DATEADT(argno);
	if (DATE_NOT_FINITE(d))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must be a finite date", name),
				 errdetail("The dates of service_years cannot be infinity or -infinity.")));
	return d;
}

/*
 * service_years(purchased, retired, as_of): (end - purchased) / 365.25 where
 * end is the retirement date, or as_of when the asset was not retired by
 * then (retired NULL or later than as_of)
 */
Datum
service_years(PG_FUNCTION_ARGS)
{
	DateADT		purchased = required_date(fcinfo, 0, "purchased");
	DateADT		as_of = required_date(fcinfo, 2, "as_of");
	DateADT		end = as_of;

	if (purchased > as_of)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("purchased is after as_of"),
				 errdetail("An asset purchased on %s has no service life as of %s.",
						   iso_date(purchased),
						   iso_date(as_of))));
	if (!PG_ARGISNULL(1))
	{
		DateADT		retired = required_date(fcinfo, 1, "retired");

		if (retired < purchased)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("retired is before purchased"),
					 errdetail("An asset retired on %s cannot have been purchased on %s.",
							   iso_date(retired),
							   iso_date(purchased))));
		if (retired < as_of)
			end = retired;
	}
	PG_RETURN_FLOAT8((double) (end - purchased) / DAYS_PER_YEAR);
}
