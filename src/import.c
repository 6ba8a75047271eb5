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
PG_FUNCTION_INFO_V1(import_date_ordered);
PG_FUNCTION_INFO_V1(import_date_order_of);
PG_FUNCTION_INFO_V1(import_value);
PG_FUNCTION_INFO_V1(import_word);
PG_FUNCTION_INFO_V1(import_number_marked);
PG_FUNCTION_INFO_V1(import_decimal_mark_of);

/*
 * import_word(text) -> text: the text without its hyphens, underscores,
 * dots, apostrophes and spaces: how the import compares a word its lookups lack as
 * written ("In-Use", "in_stock", "InUse" read as "In use"; "SerialNumber",
 * "serial_number", "Serial No" as "Serial number", "Serial No.")
 */
Datum
import_word(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	const char *s = VARDATA_ANY(t);
	size_t		len = VARSIZE_ANY_EXHDR(t);
	text	   *result = (text *) palloc(VARHDRSZ + len);
	char	   *out = VARDATA(result);
	size_t		n = 0;

	for (size_t i = 0; i < len; i++)
	{
		/* the apostrophe, also as the typographic one U+2019 (Date d’achat) */
		if (s[i] == '\xE2' && i + 2 < len && s[i + 1] == '\x80' && s[i + 2] == '\x99')
			i += 2;
		else if (s[i] != '-' && s[i] != '_' && s[i] != ' ' && s[i] != '.' && s[i] != '\'')
			out[n++] = s[i];
	}
	SET_VARSIZE(result, VARHDRSZ + n);
	PG_RETURN_TEXT_P(result);
}

/*
 * import_value(text) -> text: the value trimmed of spaces (as btrim), NULL
 * when it is blank or a word for no value (import_no_value)
 */
Datum
import_value(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	const char *s = VARDATA_ANY(t);
	size_t		len = VARSIZE_ANY_EXHDR(t);
	size_t		start = 0;
	/* import_value(text, true): R's NA too (a date, number or code column) */
	bool		na = PG_NARGS() > 1 && PG_GETARG_BOOL(1);

	if (import_no_value(s, len) || (na && import_na(s, len)))
		PG_RETURN_NULL();
	while (s[start] == ' ')
		start++;
	while (s[len - 1] == ' ')
		len--;
	if (start == 0 && len == VARSIZE_ANY_EXHDR(t))
		PG_RETURN_TEXT_P(t);
	PG_RETURN_TEXT_P(cstring_to_text_with_len(s + start, (int) (len - start)));
}

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

	if (!import_parse_number_marked(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), '\0', &v))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(v);
}

/*
 * import_number(text, decimal_mark text) -> float8: a number whose decimal
 * mark is decimal_mark ('.' or ','), the other mark grouping thousands
 * (NULL: either mark, no grouping, as import_number(text))
 */
Datum
import_number_marked(PG_FUNCTION_ARGS)
{
	text	   *t;
	char		mark = '\0';
	double		v;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	t = PG_GETARG_TEXT_PP(0);
	if (!PG_ARGISNULL(1))
	{
		text	   *m = PG_GETARG_TEXT_PP(1);

		if (VARSIZE_ANY_EXHDR(m) != 1 || (VARDATA_ANY(m)[0] != '.' && VARDATA_ANY(m)[0] != ','))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid decimal mark \"%s\"", text_to_cstring(m)),
					 errhint("Give '.' or ',', or NULL for either without thousands separators.")));
		mark = VARDATA_ANY(m)[0];
	}
	if (!import_parse_number_marked(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), mark, &v))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(v);
}

/*
 * import_decimal_mark(text) -> text: '.' or ',' when the number shows which
 * one marks its decimals, 'either' when its one separator could mark them
 * or group thousands (1.200), NULL when it has none or is not a number
 */
Datum
import_decimal_mark_of(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);

	switch (import_decimal_mark(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t)))
	{
		case '.':
			PG_RETURN_TEXT_P(cstring_to_text("."));
		case ',':
			PG_RETURN_TEXT_P(cstring_to_text(","));
		case IMPORT_EITHER_MARK:
			PG_RETURN_TEXT_P(cstring_to_text("either"));
		default:
			break;
	}
	PG_RETURN_NULL();
}

/* The date order argument: 'DMY' or 'MDY', any case */
static ImportDateOrder
date_order_argument(text *t)
{
	char	   *s = text_to_cstring(t);

	if (pg_strcasecmp(s, "DMY") == 0)
		return IMPORT_DMY;
	if (pg_strcasecmp(s, "MDY") == 0)
		return IMPORT_MDY;
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("invalid date order \"%s\"", s),
			 errhint("Give 'DMY' (day first, 23/01/2024) or 'MDY' (month first, 1/23/2024).")));
	return IMPORT_DMY;			/* not reached */
}

/* import_date(text, date_order text) -> date, D/M/Y read in the order given */
Datum
import_date_ordered(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	ImportDateOrder order = date_order_argument(PG_GETARG_TEXT_PP(1));
	int			y,
				m,
				d;

	if (!import_parse_date_ordered(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), order, &y, &m, &d))
		PG_RETURN_NULL();
	PG_RETURN_DATEADT(date2j(y, m, d) - POSTGRES_EPOCH_JDATE);
}

/*
 * import_date_order(text) -> text: 'DMY' or 'MDY' when only that order
 * makes a date of A/B/Y, 'either' when both make different dates, NULL
 * otherwise
 */
Datum
import_date_order_of(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);

	switch (import_date_order(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t)))
	{
		case IMPORT_DMY:
			PG_RETURN_TEXT_P(cstring_to_text("DMY"));
		case IMPORT_MDY:
			PG_RETURN_TEXT_P(cstring_to_text("MDY"));
		case IMPORT_EITHER:
			PG_RETURN_TEXT_P(cstring_to_text("either"));
		case IMPORT_NO_ORDER:
			break;
	}
	PG_RETURN_NULL();
}
