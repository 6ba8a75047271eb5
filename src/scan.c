/*
 * src/scan.c
 *		The scanning toolkit of the text parsers, and the text of a float8 in
 *		messages.  Standard C only (see scan.h).
 *
 * strtod() follows LC_NUMERIC, which the server keeps at "C".
 */
#include "scan.h"

#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/*
 * Significant digits of a mantissa passed on to strtod; the rest only say
 * whether they are all 0.  767 digits decide the rounding of any float8.
 */
#define SIGNIFICANT_MAX 800

/* Marks err as no error */
void
scan_error_clear(ScanError *err)
{
	err->kind = SCAN_OK;
	err->message[0] = '\0';
	err->detail[0] = '\0';
	err->hint[0] = '\0';
}

/* Fills err with a kind, a hint and a formatted detail; returns false */
bool
scan_fail(ScanError *err, ScanErrorKind kind, const char *hint,
		  const char *fmt,...)
{
	va_list		args;

	err->kind = kind;
	va_start(args, fmt);
	vsnprintf(err->detail, sizeof(err->detail), fmt, args);
	va_end(args);
	snprintf(err->hint, sizeof(err->hint), "%s", hint ? hint : "");
	return false;
}

/* Formats the message of err */
void
scan_set_message(ScanError *err, const char *fmt,...)
{
	va_list		args;

	va_start(args, fmt);
	vsnprintf(err->message, sizeof(err->message), fmt, args);
	va_end(args);
}

/* White space as PostgreSQL's scanner knows it */
bool
scan_is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Is c an ASCII digit? */
static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Can c continue a word (letter, digit or "_")? */
bool
scan_is_word_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || c == '_';
}

/* Length of the white space that s[0..len) starts with */
size_t
scan_space(const char *s, size_t len)
{
	size_t		i = 0;

	while (i < len && scan_is_space(s[i]))
		i++;
	return i;
}

/* Length of a whole word, any case, at the start of s[0..len); 0 if none */
size_t
scan_word(const char *s, size_t len, const char *word)
{
	size_t		i;

	for (i = 0; word[i] != '\0'; i++)
	{
		char		c;

		if (i >= len)
			return 0;
		c = s[i];
		if (c >= 'A' && c <= 'Z')
			c = (char) (c - 'A' + 'a');
		if (c != word[i])
			return 0;
	}
	if (i < len && scan_is_word_char(s[i]))
		return 0;
	return i;
}

/* Copies at most max bytes of s[0..len) to dst, whole UTF-8 characters, "..." if cut */
char *
scan_excerpt(char *dst, const char *s, size_t len, size_t max)
{
	size_t		n = len;
	bool		cut = false;

	if (n > max)
	{
		n = max;
		while (n > 0 && ((unsigned char) s[n] & 0xC0) == 0x80)
			n--;
		cut = true;
	}
	memcpy(dst, s, n);
	strcpy(dst + n, cut ? "..." : "");
	return dst;
}

/* Scans a decimal number at the start of s[0..len) (grammar in scan.h) */
size_t
scan_decimal(const char *s, size_t len, int flags, ScanDecimal *d)
{
	size_t		i = 0;

	memset(d, 0, sizeof(*d));
	if (i < len && (s[i] == '+' || s[i] == '-'))
	{
		d->negative = s[i] == '-';
		i++;
	}
	d->mantissa_start = i;

	if (flags & SCAN_NAN_INFINITY)
	{
		size_t		w;

		if ((w = scan_word(s + i, len - i, "nan")) > 0)
			d->value = NAN;
		else if ((w = scan_word(s + i, len - i, "infinity")) > 0 ||
				 (w = scan_word(s + i, len - i, "inf")) > 0)
			d->value = d->negative ? -INFINITY : INFINITY;
		if (w > 0)
		{
			d->special = true;
			d->mantissa_end = i + w;
			d->length = i + w;
			return d->length;
		}
	}

	while (i < len && is_digit(s[i]))
	{
		d->nonzero |= s[i] != '0';
		d->digits++;
		i++;
	}
	if (i < len && (s[i] == '.' || ((flags & SCAN_DECIMAL_COMMA) && s[i] == ',')))
	{
		i++;
		while (i < len && is_digit(s[i]))
		{
			d->nonzero |= s[i] != '0';
			d->digits++;
			i++;
		}
	}
	if (d->digits == 0)
	{
		memset(d, 0, sizeof(*d));
		return 0;
	}
	d->mantissa_end = i;

	if (i < len && (s[i] == 'e' || s[i] == 'E'))
	{
		size_t		j = i + 1;
		long		sign = 1;

		if (j < len && (s[j] == '+' || s[j] == '-'))
		{
			sign = s[j] == '-' ? -1 : 1;
			j++;
		}
		if (j < len && is_digit(s[j]))
		{
			long		exponent = 0;

			for (; j < len && is_digit(s[j]); j++)
				if (exponent < SCAN_EXPONENT_MAX)
					exponent = exponent * 10 + (s[j] - '0');
			d->exponent = sign * (exponent < SCAN_EXPONENT_MAX ? exponent : SCAN_EXPONENT_MAX);
			i = j;
		}
	}
	d->length = i;
	return i;
}

/*
 * The float8 of a scanned number times 10^shift: its significant digits
 * (the first SIGNIFICANT_MAX, and a 1 for any nonzero digit beyond, which
 * rounds the same) and exponent go to strtod, which rounds once
 */
ScanNumberStatus
scan_decimal_value(const char *s, const ScanDecimal *d, int shift, double *value)
{
	char		buf[SIGNIFICANT_MAX + 32];
	size_t		n = 0;
	size_t		kept = 0;
	size_t		i;
	int64_t		exponent = (int64_t) d->exponent + shift;
	bool		after_point = false;
	bool		dropped_nonzero = false;
	double		v;

	if (d->special)
	{
		*value = d->value;
		return SCAN_NUMBER_OK;
	}
	if (d->negative)
		buf[n++] = '-';
	for (i = d->mantissa_start; i < d->mantissa_end; i++)
	{
		char		c = s[i];

		if (!is_digit(c))
		{
			after_point = true; /* the decimal separator */
			continue;
		}
		if (after_point)
			exponent--;
		if (kept == 0 && c == '0')
			continue;			/* a leading zero */
		if (kept < SIGNIFICANT_MAX)
		{
			buf[n++] = c;
			kept++;
		}
		else
		{
			exponent++;
			dropped_nonzero |= c != '0';
		}
	}
	if (kept == 0)
	{
		*value = d->negative ? -0.0 : 0.0;
		return SCAN_NUMBER_OK;
	}
	if (dropped_nonzero)
	{
		buf[n++] = '1';
		exponent--;
	}
	/* beyond this the float8 is 0 or infinite whatever the digits */
	if (exponent > 2 * SCAN_EXPONENT_MAX)
		exponent = 2 * SCAN_EXPONENT_MAX;
	if (exponent < -2 * SCAN_EXPONENT_MAX)
		exponent = -2 * SCAN_EXPONENT_MAX;
	snprintf(buf + n, sizeof(buf) - n, "e%ld", (long) exponent);
	v = strtod(buf, NULL);
	*value = v;
	if (isinf(v))
		return SCAN_NUMBER_OVERFLOW;
	if (v == 0.0)
		return SCAN_NUMBER_UNDERFLOW;
	return SCAN_NUMBER_OK;
}

/* Room for the digits of a decimal, a hair's digits and an exponent */
#define DIGITS_TEXT_LEN 64

/* The float8 the decimal digits[0] . digits[1..] times 10^exponent reads as */
static double
digits_value(const char *digits, int exponent)
{
	char		text[DIGITS_TEXT_LEN + 16];

	snprintf(text, sizeof(text), "%se%d", digits,
			 (exponent - (int) strlen(digits) + 1) % 100000);
	return strtod(text, NULL);
}

/*
 * Do the digits (at most 17, times 10^exponent) read back as magnitude from
 * strictly inside its rounding interval?  A decimal halfway between two
 * float8s reads as the even one, but float8out (Ryu) does not take such a
 * decimal; so a hair above it and a hair below it must read as magnitude
 * too.
 */
static bool
digits_read_back(const char *digits, int exponent, double magnitude)
{
	char		hair[DIGITS_TEXT_LEN];
	size_t		i;

	if (digits_value(digits, exponent) != magnitude)
		return false;
	/* a hair above: the digits followed by 00000000000000000001 */
	snprintf(hair, sizeof(hair), "%s00000000000000000001", digits);
	if (digits_value(hair, exponent) != magnitude)
		return false;
	/* a hair below: one unit less in the last place, followed by 99999999999999999999 */
	snprintf(hair, sizeof(hair), "%s99999999999999999999", digits);
	for (i = strlen(digits); i > 0 && hair[i - 1] == '0'; i--)
		hair[i - 1] = '9';
	if (i > 0)
		hair[i - 1]--;
	return digits_value(hair, exponent) == magnitude;
}

/* Adds one unit in the last place to the digits (9.99 becomes 1.00, one power higher) */
static void
digits_next_up(char *digits, int *exponent)
{
	size_t		i = strlen(digits);

	while (i > 0)
	{
		i--;
		if (digits[i] != '9')
		{
			digits[i]++;
			return;
		}
		digits[i] = '0';
	}
	digits[0] = '1';
	(*exponent)++;
}

/*
 * The shortest digits (and the decimal exponent of the first) that read
 * back as magnitude (finite, > 0): for each length, the nearest decimal of
 * that length, or, just above a power of two, where the float8s below are
 * closer together, the next one up
 */
static void
shortest_digits(double magnitude, char *digits, int *exponent)
{
	char		sci[SCAN_DOUBLE_LEN + 16];
	int			precision;

	for (precision = 1; precision <= 17; precision++)
	{
		char	   *e;
		size_t		n = 0;
		char	   *c;
		char		up[24];
		int			up_exponent;

		snprintf(sci, sizeof(sci), "%.*e", precision - 1, magnitude);
		e = strchr(sci, 'e');
		for (c = sci; c < e; c++)
			if (is_digit(*c))
				digits[n++] = *c;
		digits[n] = '\0';
		*exponent = atoi(e + 1);
		if (precision == 17 || digits_read_back(digits, *exponent, magnitude))
			return;
		strcpy(up, digits);
		up_exponent = *exponent;
		digits_next_up(up, &up_exponent);
		if (digits_read_back(up, up_exponent, magnitude))
		{
			strcpy(digits, up);
			*exponent = up_exponent;
			return;
		}
	}
}

/* The text of a float8 in messages (see scan.h) */
char *
scan_format_double(double value, char *buf)
{
	char		digits[20];
	int			exponent;
	size_t		n;
	char	   *out = buf;

	if (isnan(value))
		return strcpy(buf, "NaN");
	if (isinf(value))
		return strcpy(buf, value < 0 ? "-Infinity" : "Infinity");
	if (signbit(value))
		*out++ = '-';
	if (value == 0.0)
	{
		strcpy(out, "0");
		return buf;
	}
	shortest_digits(fabs(value), digits, &exponent);
	n = strlen(digits);
	while (n > 1 && digits[n - 1] == '0')
		digits[--n] = '\0';

	if (exponent >= -4 && exponent < 15)
	{
		/* fixed: 0.000123, 123.45, 12300 */
		int			i;

		if (exponent < 0)
		{
			*out++ = '0';
			*out++ = '.';
			for (i = -1; i > exponent; i--)
				*out++ = '0';
		}
		for (i = 0; i < (int) n || i <= exponent; i++)
		{
			if (exponent >= 0 && i == exponent + 1)
				*out++ = '.';
			*out++ = i < (int) n ? digits[i] : '0';
		}
		*out = '\0';
	}
	else
		sprintf(out, "%c%s%se%c%02d", digits[0], n > 1 ? "." : "", digits + 1,
				exponent < 0 ? '-' : '+', abs(exponent));
	return buf;
}
