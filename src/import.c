/*
 * src/import.c
 *		SQL wrappers of the import value parsers: NULL for a value that does
 *		not parse, so a set-based import can report every bad value at once.
 */
#include "postgres.h"

#include "datatype/timestamp.h"
#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"

#include "compat.h"
#include "import_parse.h"

PG_FUNCTION_INFO_V1(import_date);
PG_FUNCTION_INFO_V1(import_number);

/* import_date(text) -> date, or NULL when the text is not a date */
Datum
import_date(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	int			y,
				m,
				d;

	if (!import_parse_date(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &y, &m, &d))
		PG_RETURN_NULL();
	PG_RETURN_DATEADT(date2j(y, m, d) - POSTGRES_EPOCH_JDATE);
}

/* import_number(text) -> float8, or NULL when the text is not a number */
Datum
import_number(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	double		v;

	if (!import_parse_number(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &v))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(v);
}
