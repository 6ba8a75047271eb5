/*
 * src/vintage.c
 *		vintage_year(): the key of a purchase date in category_vintage_defaults.
 *
 * The reports join the category defaults of every purchase year once per
 * asset on (category, vintage_year(purchased)); the key is computed for
 * every asset, so it is plain integer work on the date (no text field
 * lookup, no numeric), unlike extract(year FROM date).
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/datetime.h"
#include "utils/date.h"

#include "compat.h"

/* the first and last keys of category_vintage_defaults: every year before
 * the first band's first year (1990) reads as 1989, every year after the
 * last closed band's last year (2100) as 2101 */
#define VINTAGE_FIRST_KEY 1989
#define VINTAGE_LAST_KEY 2101

PG_FUNCTION_INFO_V1(vintage_year);

/* the year of a date, clamped to 1989..2101; -infinity is 1989, infinity 2101 */
Datum
vintage_year(PG_FUNCTION_ARGS)
{
	DateADT		d = PG_GETARG_DATEADT(0);
	int			year;
	int			month;
	int			day;

	if (DATE_IS_NOBEGIN(d))
		PG_RETURN_INT32(VINTAGE_FIRST_KEY);
	if (DATE_IS_NOEND(d))
		PG_RETURN_INT32(VINTAGE_LAST_KEY);
	j2date(d + POSTGRES_EPOCH_JDATE, &year, &month, &day);
	if (year < VINTAGE_FIRST_KEY)
		PG_RETURN_INT32(VINTAGE_FIRST_KEY);
	if (year > VINTAGE_LAST_KEY)
		PG_RETURN_INT32(VINTAGE_LAST_KEY);
	PG_RETURN_INT32(year);
}
