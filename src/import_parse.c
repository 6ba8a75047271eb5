/*
 * src/import_parse.c
 *		Dates and numbers of staged inventory rows.
 *
 * Dates: ISO 8601 YYYY-MM-DD (optionally followed by a time of day, which
 * is checked and ignored), the compact YYYYMMDD of the NumEcoEval/G4IT
 * template, and DD/MM/YYYY, day first, as French and most European
 * inventories write it.  Numbers: an optional sign, digits with one
 * decimal point or decimal comma, an optional exponent; finite.
 * Surrounding white space is allowed.  Anything else is rejected, never
 * guessed.
 */
#include "import_parse.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

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
	return i == len;
}

/* A calendar date in one of the accepted forms */
bool
import_parse_date(const char *s, size_t len, int *year, int *month, int *day)
{
	int			y,
				m,
				d;

	trim(&s, &len);
	if (len == 0 || len > IMPORT_VALUE_MAX_LEN)
		return false;

	if (len >= 10 && s[4] == '-' && s[7] == '-')
	{
		/* YYYY-MM-DD, optionally "T" or " " and a time of day */
		if (!digits(s, 4, &y) || !digits(s + 5, 2, &m) || !digits(s + 8, 2, &d))
			return false;
		if (len > 10 && !((s[10] == 'T' || s[10] == ' ') && valid_time(s + 11, len - 11)))
			return false;
	}
	else if (len == 8 && memchr(s, '/', len) == NULL)
	{
		/* YYYYMMDD */
		if (!digits(s, 4, &y) || !digits(s + 4, 2, &m) || !digits(s + 6, 2, &d))
			return false;
	}
	else
	{
		/* D/M/YYYY or DD/MM/YYYY, day first */
		const char *slash1 = memchr(s, '/', len);
		const char *slash2;
		size_t		dl,
					ml;

		if (slash1 == NULL)
			return false;
		slash2 = memchr(slash1 + 1, '/', len - (size_t) (slash1 + 1 - s));
		if (slash2 == NULL)
			return false;
		dl = (size_t) (slash1 - s);
		ml = (size_t) (slash2 - slash1 - 1);
		if (dl < 1 || dl > 2 || ml < 1 || ml > 2 || (size_t) (s + len - slash2 - 1) != 4 ||
			!digits(s, (int) dl, &d) || !digits(slash1 + 1, (int) ml, &m) ||
			!digits(slash2 + 1, 4, &y))
			return false;
	}
	if (!valid_day(y, m, d))
		return false;
	*year = y;
	*month = m;
	*day = d;
	return true;
}

/*
 * A finite decimal number, with a decimal point or a decimal comma; as
 * float8in, a number too small for a double but a denormal is taken, one
 * that underflows to 0 is not a number
 */
bool
import_parse_number(const char *s, size_t len, double *result)
{
	char		buf[IMPORT_VALUE_MAX_LEN + 1];
	size_t		i = 0;
	bool		seen_digit = false,
				seen_separator = false;
	char	   *end;
	double		v;

	trim(&s, &len);
	if (len == 0 || len > IMPORT_VALUE_MAX_LEN)
		return false;
	memcpy(buf, s, len);
	buf[len] = '\0';

	/* validate the shape by hand: strtod would also take "inf", "0x1p3" */
	if (buf[i] == '+' || buf[i] == '-')
		i++;
	for (; i < len; i++)
	{
		if (buf[i] >= '0' && buf[i] <= '9')
			seen_digit = true;
		else if ((buf[i] == '.' || buf[i] == ',') && !seen_separator)
		{
			seen_separator = true;
			buf[i] = '.';
		}
		else
			break;
	}
	if (!seen_digit)
		return false;
	if (i < len && (buf[i] == 'e' || buf[i] == 'E'))
	{
		bool		exp_digit = false;

		i++;
		if (i < len && (buf[i] == '+' || buf[i] == '-'))
			i++;
		for (; i < len && buf[i] >= '0' && buf[i] <= '9'; i++)
			exp_digit = true;
		if (!exp_digit)
			return false;
	}
	if (i != len)
		return false;

	errno = 0;
	v = strtod(buf, &end);
	if (end != buf + len || !isfinite(v) || (errno == ERANGE && v == 0.0))
		return false;
	*result = v;
	return true;
}
