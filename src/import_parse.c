/*
 * src/import_parse.c
 *		Dates and numbers of staged inventory rows.
 *
 * Dates: ISO 8601 YYYY-MM-DD (optionally followed by a time of day, which
 * is checked and ignored), YYYY/MM/DD, the compact YYYYMMDD of the
 * NumEcoEval/G4IT template, and D/M/Y with '/', '-' or '.' and a year of
 * four digits, or of two after '/' or '.': day first as French and most European inventories
 * write it, or month first (US exports such as Snipe-IT's) when asked, but
 * with dots always day first (no country writes M.D.Y); and
 * a month written as an English name or abbreviation ("4 Mar 2021",
 * "04-Mar-21", "March 4, 2021").  Numbers: an optional sign, digits with one
 * decimal point or decimal comma, an optional exponent; finite; thousands
 * grouped by spaces or apostrophes (1 200,5), or by the mark that is not
 * the file's decimal mark (import_parse_number_marked).
 * Surrounding white space is allowed.  Anything else is rejected, never
 * guessed.
 */
#include <string.h>

#include "import_parse.h"

#include "scan.h"

/* Skips spaces and tabs at both ends of [*s, *s + *len) */
static void
trim(const char **s, size_t *len)
{
	while (*len > 0 && (**s == ' ' || **s == '\t'))
	{
		(*s)++;
		(*len)--;
	}
	while (*len > 0 && ((*s)[*len - 1] == ' ' || (*s)[*len - 1] == '\t' ||
						(*s)[*len - 1] == '\r'))
		(*len)--;
}

/* Reads exactly n decimal digits at p */
static bool
digits(const char *p, int n, int *value)
{
	int			v = 0;

	for (int i = 0; i < n; i++)
	{
		if (p[i] < '0' || p[i] > '9')
			return false;
		v = v * 10 + (p[i] - '0');
	}
	*value = v;
	return true;
}

/* Is y-m-d a day of the proleptic Gregorian calendar, year 1 to 9999? */
static bool
valid_day(int y, int m, int d)
{
	static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	int			last;

	if (y < 1 || m < 1 || m > 12 || d < 1)
		return false;
	last = days[m - 1];
	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		last = 29;
	return d <= last;
}

/*
 * Checks a time of day "HH:MM[:SS[.fff]][Z|+HH[:MM]|-HH[:MM]]": hours 00 to
 * 23, or 24:00 (ISO 8601's end of the day) with zero seconds
 */
static bool
valid_time(const char *p, size_t len)
{
	int			h,
				mi,
				sec;
	size_t		i;
	bool		past_the_minute = false;

	if (len < 5 || !digits(p, 2, &h) || p[2] != ':' || !digits(p + 3, 2, &mi) ||
		h > 24 || mi > 59)
		return false;
	i = 5;
	if (i < len && p[i] == ':')
	{
		if (len < i + 3 || !digits(p + i + 1, 2, &sec) || sec > 60)
			return false;
		past_the_minute = sec > 0;
		i += 3;
		if (i < len && p[i] == '.')
		{
			i++;
			if (i >= len || p[i] < '0' || p[i] > '9')
				return false;
			for (; i < len && p[i] >= '0' && p[i] <= '9'; i++)
				if (p[i] != '0')
					past_the_minute = true;
		}
	}
	if (h == 24 && (mi > 0 || past_the_minute))
		return false;
	if (i < len && p[i] == 'Z')
		i++;
	else if (i < len && (p[i] == '+' || p[i] == '-'))
	{
		int			oh,
					om;

		if (len < i + 3 || !digits(p + i + 1, 2, &oh) || oh > 14)
			return false;
		i += 3;
		if (i < len)
		{
			if (p[i] == ':')
				i++;
			if (len < i + 2 || !digits(p + i, 2, &om) || om > 59)
				return false;
			i += 2;
		}
	}
	/* a zone name after the time, as exports print it ("10:22:33 UTC") */
	if (len - i == 4 && p[i] == ' ' &&
		(((p[i + 1] | 0x20) == 'u' && (p[i + 2] | 0x20) == 't' && (p[i + 3] | 0x20) == 'c') ||
		 ((p[i + 1] | 0x20) == 'g' && (p[i + 2] | 0x20) == 'm' && (p[i + 3] | 0x20) == 't')))
		i += 4;
	return i == len;
}

/*
 * Is [p, p + n) a spreadsheet's time of day: H:MM or HH:MM, optionally :SS,
 * optionally AM or PM after a space or not ("9:05 PM", SQL Server's
 * "12:00AM"), 1 to 12 with AM or PM, else 0 to 23?
 */
static bool
is_clock(const char *p, size_t n)
{
	size_t		i = 0;
	int			h,
				mi,
				sec;
	bool		twelve = false;

	/* a zone after it: " GMT", " UTC", " +0100", " +01:00" */
	if (n >= 4 && p[n - 4] == ' ' &&
		(((p[n - 3] | 0x20) == 'g' && (p[n - 2] | 0x20) == 'm' && (p[n - 1] | 0x20) == 't') ||
		 ((p[n - 3] | 0x20) == 'u' && (p[n - 2] | 0x20) == 't' && (p[n - 1] | 0x20) == 'c')))
		n -= 4;
	else if (n >= 6 && p[n - 6] == ' ' && (p[n - 5] == '+' || p[n - 5] == '-') && digits(p + n - 4, 4, &h))
		n -= 6;
	else if (n >= 7 && p[n - 7] == ' ' && (p[n - 6] == '+' || p[n - 6] == '-') && digits(p + n - 5, 2, &h) &&
			 p[n - 3] == ':' && digits(p + n - 2, 2, &h))
		n -= 7;
	if (n >= 2 && (p[n - 1] == 'M' || p[n - 1] == 'm') &&
		(p[n - 2] == 'A' || p[n - 2] == 'a' || p[n - 2] == 'P' || p[n - 2] == 'p'))
	{
		twelve = true;
		n -= 2;
		if (n > 0 && p[n - 1] == ' ')
			n--;
	}
	if (n >= 4 && p[1] == ':' && digits(p, 1, &h))
		i = 1;
	else if (n >= 5 && p[2] == ':' && digits(p, 2, &h))
		i = 2;
	else
		return false;
	if (!digits(p + i + 1, 2, &mi) || mi > 59)
		return false;
	i += 3;
	if (i < n && p[i] == ':')
	{
		if (n < i + 3 || !digits(p + i + 1, 2, &sec) || sec > 59)
			return false;
		i += 3;
	}
	return i == n && (twelve ? h >= 1 && h <= 12 : h <= 23);
}

/*
 * The length of a date without the time of day a spreadsheet writes after
 * its first space ("3/4/2021 0:00", "04/03/2021 00:00:00", "3/14/2021 9:05
 * PM"); len when there is none
 */
static size_t
without_clock(const char *s, size_t len)
{
	const char *space = memchr(s, ' ', len);

	if (space == NULL || !is_clock(space + 1, (size_t) (s + len - space - 1)))
		return len;
	return (size_t) (space - s);
}

/*
 * The same after a date with a month's name, which has spaces of its own:
 * the time of day after its last space or the one before ("Mar 4, 2021
 * 10:22 AM", "Mar 04 2021 12:00AM")
 */
static size_t
named_without_clock(const char *s, size_t len)
{
	size_t		k = len;

	for (int tries = 0; tries < 2; tries++)
	{
		while (k > 0 && s[k - 1] != ' ')
			k--;
		if (k == 0)
			break;
		if (is_clock(s + k, len - k))
		{
			while (k > 0 && s[k - 1] == ' ')
				k--;
			return k;
		}
		k--;
	}
	return len;
}

/*
 * "YYYY?M?D" with a month or day of one digit (? one of / - .; the same
 * twice): "2021-3-4", "2021/3/14"
 */
static bool
year_month_day(const char *s, size_t len, int *y, int *m, int *d)
{
	size_t		second;

	if (len < 8 || len > 10 || !digits(s, 4, y) || (s[4] != '-' && s[4] != '/' && s[4] != '.'))
		return false;
	for (second = 6; second < len && s[second] != s[4]; second++)
		;
	if (second > 7 || second >= len - 1 || len - second - 1 > 2)
		return false;
	return digits(s + 5, (int) (second - 5), m) && digits(s + second + 1, (int) (len - second - 1), d);
}

/*
 * The parts of "A?B?YYYY" or "A?B?YY" (? one of / - .; A and B of one or two
 * digits): false when s is not of that form.  A two-digit year is 2000 to
 * 2069 for 00 to 69, 1970 to 1999 for 70 to 99 (PostgreSQL's rule).
 */
static bool
day_month_year(const char *s, size_t len, int *a, int *b, int *y)
{
	const char *sep1 = NULL;
	const char *sep2 = NULL;
	size_t		al,
				bl,
				yl;

	for (size_t i = 0; i < len; i++)
		if (s[i] == '/' || s[i] == '-' || s[i] == '.')
		{
			if (sep1 == NULL)
				sep1 = s + i;
			else if (sep2 == NULL)
				sep2 = s + i;
			else
				return false;
		}
	if (sep2 == NULL || *sep1 != *sep2)
		return false;
	al = (size_t) (sep1 - s);
	bl = (size_t) (sep2 - sep1 - 1);
	yl = (size_t) (s + len - sep2 - 1);
	if (al < 1 || al > 2 || bl < 1 || bl > 2 || (yl != 4 && yl != 2) ||
		!digits(s, (int) al, a) || !digits(sep1 + 1, (int) bl, b) ||
		!digits(sep2 + 1, (int) yl, y))
		return false;
	if (yl == 2 && *sep1 == '-')
		return false;			/* 21-03-15: day or year first? */
	if (yl == 2)
		*y += *y < 70 ? 2000 : 1900;
	return true;
}

/* An English month's name or its abbreviation (Jan, Sept), any case: 1 to 12, else 0 */
static int
month_name(const char *p, size_t len)
{
	static const char *const names[12] = {
		"january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december"
	};

	for (int m = 0; m < 12; m++)
	{
		size_t		n = strlen(names[m]);
		bool		same = true;

		if (len != 3 && len != n && !(m == 8 && len == 4))
			continue;
		for (size_t i = 0; i < len && same; i++)
			same = (p[i] >= 'A' && p[i] <= 'Z' ? p[i] - 'A' + 'a' : p[i]) == names[m][i];
		if (same)
			return m + 1;
	}
	return 0;
}

/*
 * A date whose month is written as a word, as reports and spreadsheets
 * print them: "4 Mar 2021", "04-Mar-2021", "4-MAR-21" (Oracle's DD-MON-YY),
 * "March 4, 2021", "2021-Mar-04"; the parts separated by spaces, '-', '/',
 * '.' or ','.  A name leaves no doubt which part is the month, so these
 * read the same in every date order.  A two-digit year only after the day
 * and month (as PostgreSQL's rule: 00-69 are 2000-2069).
 */
static bool
named_month_date(const char *s, size_t len, int *year, int *month, int *day)
{
	const char *part[3];
	size_t		plen[3];
	int			n = 0;
	int			m,
				d,
				y;

	for (size_t i = 0; i < len;)
	{
		size_t		j = i;

		/* between two parts, one or two separators ("4 Mar", "Mar. 4", "4, 2021") */
		while (j < len && (s[j] == ' ' || s[j] == '-' || s[j] == '/' || s[j] == '.' || s[j] == ','))
			j++;
		if (j > i)
		{
			if (n == 0 || j == len || j - i > 2)
				return false;
			i = j;
		}
		while (j < len && ((s[j] >= '0' && s[j] <= '9') || (s[j] >= 'a' && s[j] <= 'z') ||
						   (s[j] >= 'A' && s[j] <= 'Z')))
			j++;
		if (j == i || n == 3)
			return false;
		part[n] = s + i;
		plen[n++] = j - i;
		i = j;
	}
	if (n != 3)
		return false;
	if ((m = month_name(part[1], plen[1])) > 0 && plen[0] <= 2 && digits(part[0], (int) plen[0], &d))
	{
		/* D Mon Y */
		if (!((plen[2] == 4 || plen[2] == 2) && digits(part[2], (int) plen[2], &y)))
			return false;
		if (plen[2] == 2)
			y += y < 70 ? 2000 : 1900;
	}
	else if ((m = month_name(part[0], plen[0])) > 0)
	{
		/* Mon D Y */
		if (!(plen[1] <= 2 && digits(part[1], (int) plen[1], &d) &&
			  plen[2] == 4 && digits(part[2], 4, &y)))
			return false;
	}
	else if ((m = month_name(part[1], plen[1])) > 0)
	{
		/* Y Mon D */
		if (!(plen[0] == 4 && digits(part[0], 4, &y) &&
			  plen[2] <= 2 && digits(part[2], (int) plen[2], &d)))
			return false;
	}
	else
		return false;
	*year = y;
	*month = m;
	*day = d;
	return true;
}

/*
 * The length of an English weekday's name or abbreviation and the comma or
 * spaces after it ("Thu ", "Thursday, "), at the start of a date as
 * JavaScript's toDateString() and long date formats print it; 0 when none
 */
static size_t
weekday_prefix(const char *s, size_t len)
{
	static const char *const names[7] = {
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"
	};
	size_t		n = 0;
	size_t		k;

	while (n < len && ((s[n] >= 'a' && s[n] <= 'z') || (s[n] >= 'A' && s[n] <= 'Z')))
		n++;
	for (int d = 0; d < 7; d++)
	{
		bool		same = n == 3 || n == strlen(names[d]);

		for (size_t i = 0; i < n && same; i++)
			same = (s[i] | 0x20) == names[d][i];
		if (!same)
			continue;
		k = n;
		if (k < len && s[k] == ',')
			k++;
		if (k >= len || s[k] != ' ')
			return 0;
		while (k < len && s[k] == ' ')
			k++;
		return k;
	}
	return 0;
}

/* Does the text hold a letter (a month's name, or the T of an ISO 8601 time)? */
/*
 * A day number of a spreadsheet (Excel's and LibreOffice's default 1900
 * date system: day 1 is 1900-01-01 and, for Lotus' sake, 1900-02-29 counts,
 * so from day 61 on the day is 1899-12-30 plus the number), as a date cell
 * saved as a number is written: 44927 is 2023-01-01.  Only the five-digit
 * days from 1990-01-01 (32874) to 2100-12-31 (73415): a purchase date.
 */
static bool
spreadsheet_day(const char *s, size_t len, int *year, int *month, int *day)
{
	int			serial;
	long		z,
				era,
				doe,
				yoe,
				doy,
				mp;

	/* a date and time cell saved as a number: its fraction is the time of day */
	if (len > 6 && (s[5] == '.' || s[5] == ','))
	{
		for (size_t i = 6; i < len; i++)
			if (s[i] < '0' || s[i] > '9')
				return false;
		len = 5;
	}
	if (len != 5 || !digits(s, 5, &serial) || serial < 32874 || serial > 73415)
		return false;
	/* days since 0000-03-01 to a date (H. Hinnant's civil_from_days) */
	z = serial - 25569L + 719468L;	/* 1970-01-01 is day 25569 of the sheet */
	era = z / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*day = (int) (doy - (153 * mp + 2) / 5 + 1);
	*month = (int) (mp < 10 ? mp + 3 : mp - 9);
	*year = (int) (yoe + era * 400 + (*month <= 2));
	return true;
}

static bool
has_letter(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z'))
			return true;
	return false;
}

bool
import_no_value(const char *s, size_t len)
{
	/* lower case; the dashes U+2013 and U+2014 in UTF-8 */
	static const char *const words[] = {
		"n/a", "#n/a", "n.a.", "null", "none", "(none)", "(blank)", "-", "--", "?", "nan", "nat",
		/* Excel's error values, pandas' <NA>, (null); n.v.t., k.A., N/D, s/o */
		"#ref!", "#value!", "#name?", "#div/0!", "#num!", "#null!", "<na>", "(null)",
		"n.v.t.", "k.a.", "n/d", "s/o",
		"\xE2\x80\x93", "\xE2\x80\x94"
	};

	while (len > 0 && *s == ' ')
		s++, len--;
	while (len > 0 && s[len - 1] == ' ')
		len--;
	if (len == 0)
		return true;
	if (len > 7)
		return false;
	for (size_t w = 0; w < sizeof(words) / sizeof(words[0]); w++)
	{
		size_t		n = strlen(words[w]);
		bool		same = n == len;

		for (size_t i = 0; i < n && same; i++)
			same = (s[i] >= 'A' && s[i] <= 'Z' ? s[i] - 'A' + 'a' : s[i]) == words[w][i];
		if (same)
			return true;
	}
	return false;
}

bool
import_na(const char *s, size_t len)
{
	while (len > 0 && *s == ' ')
		s++, len--;
	while (len > 0 && s[len - 1] == ' ')
		len--;
	return len == 2 && (s[0] | 0x20) == 'n' && (s[1] | 0x20) == 'a';
}

/* A calendar date in one of the accepted forms, D/M/Y day first */
bool
import_parse_date(const char *s, size_t len, int *year, int *month, int *day)
{
	return import_parse_date_ordered(s, len, IMPORT_DMY, year, month, day);
}

/* A calendar date in one of the accepted forms, D/M/Y in the order given */
bool
import_parse_date_ordered(const char *s, size_t len, ImportDateOrder order,
						  int *year, int *month, int *day)
{
	int			y,
				m,
				d;

	trim(&s, &len);
	if (len == 0 || len > IMPORT_VALUE_MAX_LEN)
		return false;

	if (has_letter(s, len) && named_without_clock(s, len) > weekday_prefix(s, len) &&
		named_month_date(s + weekday_prefix(s, len), named_without_clock(s, len) - weekday_prefix(s, len),
						 &y, &m, &d))
		;						/* 4 Mar 2021, Thu Mar 04 2021, Mar 4, 2021 10:22 AM */
	else if (spreadsheet_day(s, len, &y, &m, &d))
		;						/* 44927 */
	else if (len >= 10 && s[4] == '-' && s[7] == '-' &&
			 digits(s, 4, &y) && digits(s + 5, 2, &m) && digits(s + 8, 2, &d))
	{
		/* YYYY-MM-DD, optionally "T" or " " and a time of day */
		if (len > 10 && !((s[10] == 'T' || s[10] == ' ') && valid_time(s + 11, len - 11)) &&
			without_clock(s, len) != 10)
			return false;
	}
	else if (len == 10 && (s[4] == '/' || s[4] == '.') && s[7] == s[4])
	{
		/* YYYY/MM/DD (G4IT accepts it), YYYY.MM.DD */
		if (!digits(s, 4, &y) || !digits(s + 5, 2, &m) || !digits(s + 8, 2, &d))
			return false;
	}
	else if (year_month_day(s, without_clock(s, len), &y, &m, &d))
		;						/* 2021-3-4, 2021/3/4 0:00 */
	else if (len == 8 && digits(s, 4, &y))
	{
		/* YYYYMMDD */
		if (!digits(s + 4, 2, &m) || !digits(s + 6, 2, &d))
			return false;
	}
	else
	{
		/* D/M/Y or M/D/Y */
		int			a,
					b;

		if (!day_month_year(s, without_clock(s, len), &a, &b, &y))
			return false;
		/* dots: day first, as every country that writes them (04.03.2021) */
		if (order == IMPORT_MDY && memchr(s, '.', without_clock(s, len)) == NULL)
			m = a, d = b;
		else
			d = a, m = b;
	}
	if (!valid_day(y, m, d))
		return false;
	*year = y;
	*month = m;
	*day = d;
	return true;
}

/*
 * Which order a date of the form A/B/Y can be read in: IMPORT_DMY when only
 * day first gives a date (A > 12), IMPORT_MDY when only month first does,
 * IMPORT_EITHER when both do and differ, IMPORT_NO_ORDER otherwise (not of
 * that form, not a date either way, or the same date both ways)
 */
ImportDateOrder
import_date_order(const char *s, size_t len)
{
	int			a,
				b,
				y;
	bool		dmy,
				mdy;

	trim(&s, &len);
	if (len == 0 || len > IMPORT_VALUE_MAX_LEN || !day_month_year(s, without_clock(s, len), &a, &b, &y))
		return IMPORT_NO_ORDER;
	/* D.M.Y: day first whatever the file's order (import_parse_date_ordered) */
	if (memchr(s, '.', without_clock(s, len)) != NULL)
		return IMPORT_NO_ORDER;
	dmy = valid_day(y, b, a);
	mdy = valid_day(y, a, b);
	if (dmy && mdy)
		return a == b ? IMPORT_NO_ORDER : IMPORT_EITHER;
	return dmy ? IMPORT_DMY : mdy ? IMPORT_MDY : IMPORT_NO_ORDER;
}

/*
 * A finite decimal number, with a decimal point or a decimal comma; as
 * float8in, a number too small for a double but a denormal is taken, one
 * that underflows to 0 is not a number
 */
bool
import_parse_number(const char *s, size_t len, double *result)
{
	ScanDecimal number;
	double		v;

	trim(&s, &len);
	if (len == 0 || len > IMPORT_VALUE_MAX_LEN)
		return false;
	/* the whole value, by the grammar: strtod would also take "inf", "0x1p3" */
	if (scan_decimal(s, len, SCAN_DECIMAL_COMMA, &number) != len ||
		scan_decimal_value(s, &number, 0, &v) != SCAN_NUMBER_OK)
		return false;
	*result = v;
	return true;
}

/*
 * The shape of a number's digits and separators: its sign, where its
 * separators are, whether it has an exponent; false when it holds
 * anything else
 */
static bool ungroup_spaces(const char *s, size_t len, char *out, size_t *out_len);

typedef struct NumberShape
{
	size_t		start;			/* the first digit or separator */
	size_t		end;			/* the exponent's 'e', or the end */
	int			dots;
	int			commas;
	size_t		last;			/* the last separator (when any) */
	size_t		first;			/* the first separator (when any) */
} NumberShape;

static bool
number_shape(const char *s, size_t len, NumberShape *n)
{
	size_t		i = 0;

	memset(n, 0, sizeof(*n));
	if (i < len && (s[i] == '+' || s[i] == '-'))
		i++;
	n->start = i;
	for (; i < len && s[i] != 'e' && s[i] != 'E'; i++)
	{
		if (s[i] == '.' || s[i] == ',')
		{
			if (n->dots + n->commas == 0)
				n->first = i;
			n->last = i;
			if (s[i] == '.')
				n->dots++;
			else
				n->commas++;
		}
		else if (s[i] < '0' || s[i] > '9')
			return false;
	}
	n->end = i;
	return true;
}

/* Are [from, to) groups of three digits, each after a separator sep? */
static bool
thousands(const char *s, size_t from, size_t to, char sep)
{
	if ((to - from) % 4 != 0)
		return false;
	for (size_t i = from; i < to; i += 4)
		if (s[i] != sep || s[i + 1] < '0' || s[i + 1] > '9' || s[i + 2] < '0' || s[i + 2] > '9' ||
			s[i + 3] < '0' || s[i + 3] > '9')
			return false;
	return true;
}

/*
 * Does [start, end) read as digits grouped by sep (1 to 3 digits, not a
 * leading 0, then groups of three), followed by the decimal mark at end
 * or by nothing?
 */
static bool
grouped(const char *s, size_t start, size_t end, char sep)
{
	size_t		lead = start;

	while (lead < end && s[lead] >= '0' && s[lead] <= '9')
		lead++;
	if (lead == start || lead - start > 3 || (s[start] == '0'))
		return false;
	return thousands(s, lead, end, sep);
}

char
import_decimal_mark(const char *s, size_t len)
{
	NumberShape n;
	double		v;
	char		mark;

	char		ungrouped[IMPORT_VALUE_MAX_LEN] = {0};
	size_t		ungrouped_len;

	trim(&s, &len);
	if (ungroup_spaces(s, len, ungrouped, &ungrouped_len))
	{
		s = ungrouped;			/* 1 200,5 shows its mark as 1200,5 does */
		len = ungrouped_len;
	}
	if (len == 0 || len > IMPORT_VALUE_MAX_LEN || !number_shape(s, len, &n) ||
		n.dots + n.commas == 0)
		return '\0';
	if (n.dots > 0 && n.commas > 0)
		mark = s[n.last];		/* 1.234,5: the last one marks the decimals */
	else if (n.dots + n.commas > 1)
		mark = s[n.first] == ',' ? '.' : ',';	/* 1,234,567: one that repeats groups */
	else if (n.end == len && n.last + 4 == len && grouped(s, n.start, len, s[n.last]))
		return import_parse_number(s, len, &v) ? IMPORT_EITHER_MARK : '\0';	/* 1.200 */
	else
		mark = s[n.last];		/* 1.85, 0.500, 1234.500, 1.2e3 */
	/* a number read with that mark, or none */
	return import_parse_number_marked(s, len, mark, &v) ? mark : '\0';
}

/*
 * Thousands grouped by spaces (French, 1 200,5; a no-break space reads as
 * one) or apostrophes (Swiss, 1'200.50 or 1’200.50): the digits without them in out
 * (of IMPORT_VALUE_MAX_LEN bytes), true; false when the number has none
 * or they group no thousands.  No mark is a decimal mark, so they group
 * whatever the file's decimal mark.
 */
static bool
ungroup_spaces(const char *s, size_t len, char *out, size_t *out_len)
{
	size_t		i = 0;
	size_t		o = 0;
	size_t		lead;
	bool		grouped = false;

	if (len > IMPORT_VALUE_MAX_LEN)
		return false;
	if (i < len && (s[i] == '+' || s[i] == '-'))
		out[o++] = s[i++];
	lead = i;
	while (i < len && s[i] >= '0' && s[i] <= '9')
		out[o++] = s[i++];
	if (i == lead || i - lead > 3 || s[lead] == '0')
		return false;
	for (;;)
	{
		/* a space, an apostrophe, or the typographic one (U+2019: de-CH) */
		size_t		sep = i < len && (s[i] == ' ' || s[i] == '\'') ? 1 :
			i + 2 < len && s[i] == '\xE2' && s[i + 1] == '\x80' && s[i + 2] == '\x99' ? 3 : 0;
		size_t		g = i + sep;

		if (sep == 0 || g + 2 >= len || s[g] < '0' || s[g] > '9' || s[g + 1] < '0' || s[g + 1] > '9' ||
			s[g + 2] < '0' || s[g + 2] > '9' || (g + 3 < len && s[g + 3] >= '0' && s[g + 3] <= '9'))
			break;
		memcpy(out + o, s + g, 3);
		o += 3;
		i = g + 3;
		grouped = true;
	}
	if (!grouped || (i < len && s[i] != '.' && s[i] != ','))
		return false;
	/* the decimals: digits only */
	if (i < len)
		out[o++] = s[i++];
	for (; i < len; i++)
	{
		if (s[i] < '0' || s[i] > '9')
			return false;
		out[o++] = s[i];
	}
	*out_len = o;
	return true;
}

bool
import_parse_number_marked(const char *s, size_t len, char mark, double *result)
{
	NumberShape n;
	char		plain[IMPORT_VALUE_MAX_LEN] = {0};
	size_t		o = 0;
	char		sep = mark == ',' ? '.' : ',';
	size_t		int_end;
	char		ungrouped[IMPORT_VALUE_MAX_LEN] = {0};
	size_t		ungrouped_len;

	trim(&s, &len);
	if (ungroup_spaces(s, len, ungrouped, &ungrouped_len))
	{
		s = ungrouped;
		len = ungrouped_len;
	}
	if (mark != '.' && mark != ',')
		return import_parse_number(s, len, result);
	if (len == 0 || len > IMPORT_VALUE_MAX_LEN || !number_shape(s, len, &n))
		return false;
	if ((mark == '.' ? n.commas : n.dots) == 0)
		return import_parse_number(s, len, result);
	/* the other mark groups the digits before the decimal mark, if any */
	if ((mark == '.' ? n.dots : n.commas) > 1 || n.end != len)
		return false;
	int_end = (mark == '.' ? n.dots : n.commas) == 1 ? (size_t) ((const char *) memchr(s, mark, len) - s) : len;
	/* (and none after it: 1.234,5 has no decimal point) */
	if (!grouped(s, n.start, int_end, sep) || memchr(s + int_end, sep, len - int_end) != NULL)
		return false;
	for (size_t i = 0; i < len; i++)
		if (s[i] != sep)
			plain[o++] = s[i];
	return import_parse_number(plain, o, result);
}
