/*
 * test/fuzz/fuzz_import.c
 *		libFuzzer target of the parsers of staged inventory values
 *		(src/import_parse.c): dates and numbers.
 *
 * The parsers read s[0..len), so the input is copied into a buffer of
 * exactly its size, without a NUL.  Properties checked:
 *	- an accepted date is a day of the Gregorian calendar, years 1 to 9999,
 *	  by an independent computation (day number and back, H. Hinnant's
 *	  days_from_civil / civil_from_days);
 *	- it reads back the same from each form the parser accepts:
 *	  YYYY-MM-DD, YYYYMMDD, D/M/YYYY and DD/MM/YYYY;
 *	- a time of day after an ISO date is one: hours 00 to 23, or 24:00
 *	  with nothing after the minutes but zeros (ISO 8601's end of the day);
 *	  minutes to 59, seconds to 60 (a leap second);
 *	- an accepted number is finite, and its 17-digit text, with a decimal
 *	  point or a decimal comma, reads back to the same float8 bits.
 */
#include <ctype.h>
#include <math.h>
#include <regex.h>

#include "fuzz_common.h"
#include "import_parse.h"

/* Days since 1970-01-01 of a proleptic Gregorian date (y >= 1) */
static long
days_from_civil(long y, long m, long d)
{
	long		era;
	long		yoe;
	long		doy;
	long		doe;

	y -= m <= 2;
	era = y / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

/* The date of a day number (inverse of days_from_civil) */
static void
civil_from_days(long z, long *y, long *m, long *d)
{
	long		era;
	long		doe;
	long		yoe;
	long		doy;
	long		mp;

	z += 719468;
	era = z / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = doy - (153 * mp + 2) / 5 + 1;
	*m = mp < 10 ? mp + 3 : mp - 9;
	*y = yoe + era * 400 + (*m <= 2);
}

/* Parses text (from an exact-size buffer) as a date; 1 if it is y-m-d */
static int
reads_as_date(const char *text, int y, int m, int d)
{
	size_t		len = strlen(text);
	char	   *exact = malloc(len > 0 ? len : 1);
	int			y2 = 0,
				m2 = 0,
				d2 = 0;
	int			ok;

	memcpy(exact, text, len);
	ok = import_parse_date(exact, len, &y2, &m2, &d2) && y2 == y && m2 == m && d2 == d;
	free(exact);
	return ok;
}

/*
 * Is p a spreadsheet's time of day, as POSIX regular expressions read it:
 * H:MM or HH:MM, optional :SS, optional AM/PM (hour 1 to 12 then, else 0
 * to 23)?
 */
static int
sheet_clock(const char *p, size_t n)
{
	static regex_t re;
	static int	ready = 0;
	char		buf[80];
	regmatch_t	m[5];
	int			h;

	if (!ready)
	{
		if (regcomp(&re, "^([0-9]{1,2}):[0-5][0-9](:[0-5][0-9])?( ?[AaPp][Mm])?( ([Gg][Mm][Tt]|[Uu][Tt][Cc]|[+-][0-9]{4}|[+-][0-9]{2}:[0-9]{2}))?$", REG_EXTENDED) != 0)
			abort();
		ready = 1;
	}
	if (n >= sizeof(buf) || memchr(p, '\0', n) != NULL)
		return 0;
	memcpy(buf, p, n);
	buf[n] = '\0';
	if (regexec(&re, buf, 5, m, 0) != 0)
		return 0;
	h = atoi(buf);
	return m[3].rm_so >= 0 ? h >= 1 && h <= 12 : h <= 23;
}

static int
has_alpha(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (isalpha((unsigned char) s[i]))
			return 1;
	return 0;
}

/*
 * Is the text after an accepted ISO date, if any, a time of day?  Only the
 * clock is looked at: HH:MM[:SS[.fff]], then anything (the zone).
 */
static int
valid_clock(const char *s, size_t len)
{
	size_t		i;
	int			zero_after_minutes = 1;

	/* the parser's trimming: spaces and tabs around, a CR at the end */
	while (len > 0 && (*s == ' ' || *s == '\t'))
		s++, len--;
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t' || s[len - 1] == '\r'))
		len--;
	if (len <= 10 || s[4] != '-' || s[7] != '-' || s[0] < '0' || s[0] > '9' ||
		s[5] < '0' || s[5] > '9' || s[8] < '0' || s[8] > '9' || s[9] < '0' || s[9] > '9')
		return 1;				/* not ISO (a month's name: 2021-Mar-04, Sept-03-2021; 2021-10-4) */
	s += 11;
	len -= 11;
	if (s[-1] == ' ' && sheet_clock(s, len))
		return 1;
	if (len < 5)
		return 0;
	if ((s[0] - '0') * 10 + (s[1] - '0') > 24 || (s[3] - '0') * 10 + (s[4] - '0') > 59)
		return 0;
	if (len >= 8 && s[5] == ':')
	{
		if ((s[6] - '0') * 10 + (s[7] - '0') > 60)
			return 0;
		for (i = 6; i < len && ((s[i] >= '0' && s[i] <= '9') || (i == 8 && s[i] == '.')); i++)
			if (s[i] >= '1' && s[i] <= '9')
				zero_after_minutes = 0;
	}
	if (s[0] == '2' && s[1] == '4')
		return s[3] == '0' && s[4] == '0' && zero_after_minutes;
	return 1;
}

/* Checks an accepted date */
static void
check_date(int y, int m, int d, const char *input)
{
	long		y2,
				m2,
				d2;
	char		text[64];

	if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31)
		fuzz_fail(input, "accepted the date %d-%d-%d", y, m, d);
	civil_from_days(days_from_civil(y, m, d), &y2, &m2, &d2);
	if (y2 != y || m2 != m || d2 != d)
		fuzz_fail(input, "accepted %04d-%02d-%02d, which is not a day of the calendar", y, m, d);

	snprintf(text, sizeof(text), "%04d-%02d-%02d", y, m, d);
	if (!reads_as_date(text, y, m, d))
		fuzz_fail(input, "\"%s\" does not read back", text);
	snprintf(text, sizeof(text), "%04d%02d%02d", y, m, d);
	if (!reads_as_date(text, y, m, d))
		fuzz_fail(input, "\"%s\" does not read back", text);
	snprintf(text, sizeof(text), "%02d/%02d/%04d", d, m, y);
	if (!reads_as_date(text, y, m, d))
		fuzz_fail(input, "\"%s\" does not read back", text);
	snprintf(text, sizeof(text), "%d/%d/%04d", d, m, y);
	if (!reads_as_date(text, y, m, d))
		fuzz_fail(input, "\"%s\" does not read back", text);
	/* a spreadsheet's day number: days since 1899-12-30, 1990 to 2100 */
	if (y >= 1990 && y <= 2100)
	{
		snprintf(text, sizeof(text), "%ld", days_from_civil(y, m, d) - days_from_civil(1899, 12, 30));
		if (!reads_as_date(text, y, m, d))
			fuzz_fail(input, "\"%s\" does not read back", text);
	}
}

/* Checks an accepted number */
static void
check_number(double v, const char *input)
{
	char		text[FUZZ_FLOAT_TEXT];
	char	   *exact;
	char	   *comma;
	double		again = NAN;

	if (!isfinite(v))
		fuzz_fail(input, "accepted %g", v);
	snprintf(text, sizeof(text), "%.17g", v);
	exact = malloc(strlen(text));
	memcpy(exact, text, strlen(text));
	if (!import_parse_number(exact, strlen(text), &again) || !fuzz_same_double(v, again))
		fuzz_fail(input, "\"%s\" reads back as %.17g", text, again);
	if ((comma = memchr(exact, '.', strlen(text))) != NULL)
	{
		*comma = ',';
		if (!import_parse_number(exact, strlen(text), &again) || !fuzz_same_double(v, again))
			fuzz_fail(input, "\"%s\" with a decimal comma reads back as %.17g", text, again);
	}
	free(exact);
}

/*
 * The decimal mark a number shows: a number that shows one reads with it;
 * one that could be either reads both ways, 1000 times apart; a number read
 * with a mark, its grouping separators dropped, is the same number as
 * import_parse_number reads (an independent reading: strtod in the C locale
 * of the digits with '.' for the mark)
 */
static void
check_decimal_mark(const char *input, size_t size, const char *shown)
{
	char		mark = import_decimal_mark(input, size);
	double		point,
				comma;
	bool		by_point = import_parse_number_marked(input, size, '.', &point);
	bool		by_comma = import_parse_number_marked(input, size, ',', &comma);

	if ((mark == '.' && !by_point) || (mark == ',' && !by_comma))
		fuzz_fail(shown, "shows the decimal mark '%c' but does not read with it", mark);
	if (mark == IMPORT_EITHER_MARK)
	{
		double		big = fmax(fabs(point), fabs(comma));
		double		small = fmin(fabs(point), fabs(comma));

		if (!by_point || !by_comma || !(fabs(big - small * 1000.0) <= 1e-12 * big))
			fuzz_fail(shown, "reads as decimals or thousands, but not as %g and 1000 times it", small);
	}
	for (int k = 0; k < 2; k++)
	{
		char		m = k == 0 ? '.' : ',';
		double		got = k == 0 ? point : comma;
		char		plain[80];
		size_t		o = 0;
		char	   *end;
		double		want;

		if (!(k == 0 ? by_point : by_comma) || size >= sizeof(plain))
			continue;
		for (size_t i = 0; i < size; i++)
		{
			if (input[i] == m)
				plain[o++] = '.';
			else if (input[i] != (m == '.' ? ',' : '.') && input[i] != ' ' && input[i] != '\t' &&
					 input[i] != '\r' && input[i] != '\'')
				plain[o++] = input[i];
		}
		plain[o] = '\0';
		want = strtod(plain, &end);
		if (*end != '\0' || !fuzz_same_double(got, want))
			fuzz_fail(shown, "read with '%c' as %.17g, but its digits say %.17g", m, got, want);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *input = malloc(size > 0 ? size : 1);	/* no NUL after it */
	char	   *shown = fuzz_cstring(data, size);
	int			y,
				m,
				d;
	double		v;

	memcpy(input, data, size);
	if (import_parse_date(input, size, &y, &m, &d))
	{
		check_date(y, m, d, shown);
		if (size == 5 && strspn(shown, "0123456789") == 5 && (y < 1990 || y > 2100))
			fuzz_fail(shown, "a day number read as %04d-%02d-%02d, outside 1990-2100", y, m, d);
		if (!valid_clock(input, size))
			fuzz_fail(shown, "accepted a date whose time of day is not one");
		{
			/* a date of digits and separators, a space: a time of day after it */
			const char *t = input;
			size_t		left = size;
			size_t		k = 0;

			while (left > 0 && (*t == ' ' || *t == '\t'))
				t++, left--;
			while (left > 0 && (t[left - 1] == ' ' || t[left - 1] == '\t' || t[left - 1] == '\r'))
				left--;
			while (k < left && ((t[k] >= '0' && t[k] <= '9') || t[k] == '/' || t[k] == '-' || t[k] == '.'))
				k++;
			/* (a month's name after the space: 2010 Mar-04, no colon) */
			const char *colon = memchr(t, ':', left);
			const char *from = colon;

			while (from != NULL && from > t && from[-1] != ' ')
				from--;
			/* a numeric date (no letter before the time of day) */
			if (k > 0 && k + 1 < left && t[k] == ' ' && !(k == 10 && t[4] == '-' && t[7] == '-') &&
				colon != NULL && !has_alpha(t, (size_t) (from - t)) && !sheet_clock(t + k + 1, left - k - 1))
				fuzz_fail(shown, "accepted a date followed by something that is not a time of day");
			/* a date with a month's name and a colon: it ends in a time of day */
			if (colon != NULL && has_alpha(t, (size_t) (from - t)) && !(left > 10 && t[4] == '-' && t[7] == '-') &&
				(from == t || !sheet_clock(from, left - (size_t) (from - t))))
				fuzz_fail(shown, "accepted a date with a month's name followed by something that is not a time of day");
		}
	}
	if (import_parse_number(input, size, &v))
		check_number(v, shown);
	check_decimal_mark(input, size, shown);
	/* a word for no value is short, and never a date */
	if (import_no_value(input, size))
	{
		size_t		n = 0;

		for (size_t i = 0; i < size; i++)
			n += input[i] != ' ';
		if (n > 7 || import_parse_date(input, size, &y, &m, &d))
			fuzz_fail(shown, "no value, yet %zu characters or a date", n);
	}
	free(shown);
	free(input);
	return 0;
}
