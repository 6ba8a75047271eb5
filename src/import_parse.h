/*
 * src/import_parse.h
 *		Parsers of the text values of a staged asset register row (dates and
 *		numbers as inventory files write them).  Plain C, no server headers:
 *		the fuzz targets link this file alone.
 */
#ifndef CIRCULAR_ICT_IMPORT_PARSE_H
#define CIRCULAR_ICT_IMPORT_PARSE_H

#include <stdbool.h>
#include <stddef.h>

/* longest value worth parsing; longer input is rejected unread */
#define IMPORT_VALUE_MAX_LEN 64

/* the order of a date written A/B/Y */
typedef enum ImportDateOrder
{
	IMPORT_DMY,					/* day first */
	IMPORT_MDY,					/* month first */
	IMPORT_EITHER,				/* a date both ways, two different dates */
	IMPORT_NO_ORDER				/* not of that form, or one date only */
} ImportDateOrder;

extern bool import_parse_date(const char *s, size_t len, int *year, int *month, int *day);
extern bool import_parse_date_ordered(const char *s, size_t len, ImportDateOrder order,
									  int *year, int *month, int *day);
extern ImportDateOrder import_date_order(const char *s, size_t len);
extern bool import_parse_number(const char *s, size_t len, double *result);

/*
 * The decimal mark a number shows it uses: '.' or ',' when its form leaves
 * no doubt (1.85, 25,5, 0.500, 1.234,5, 1,234,567), IMPORT_EITHER_MARK when
 * its one separator could mark decimals or group thousands (1.200, 12,500),
 * '\0' when it has none or is not a number
 */
#define IMPORT_EITHER_MARK '?'
extern char import_decimal_mark(const char *s, size_t len);

/*
 * A number whose decimal mark is mark ('.' or ','), the other mark grouping
 * thousands (1.234,5 and 1.200 with ','); with mark '\0', import_parse_number
 */
extern bool import_parse_number_marked(const char *s, size_t len, char mark, double *result);

/*
 * Is the text, its spaces aside, empty or a word for no value (N/A, #N/A,
 * n.a., NULL, None, (none), (blank), -, --, ?, pandas' nan, NaT and <NA>,
 * (null), Excel's error values (#REF!, #VALUE!, #NAME?, #DIV/0!, #NUM!,
 * #NULL!), n.v.t., k.A., N/D, s/o, an en or em dash; any case)?
 */
extern bool import_no_value(const char *s, size_t len);

/*
 * Is the text, its spaces aside, R's NA (any case)?  No value in a column
 * of dates, numbers or codes; elsewhere it may be one (Namibia, North
 * America)
 */
extern bool import_na(const char *s, size_t len);

#endif							/* CIRCULAR_ICT_IMPORT_PARSE_H */
