/*
 * test/fuzz/fuzz_common.h
 *		What the libFuzzer targets of the text parsers share: copies of the
 *		input in buffers of exactly its size (so that AddressSanitizer sees a
 *		read one byte too far), the float8 texts they re-parse, and the
 *		failure of a property (abort(), which libFuzzer reports as a crash
 *		and saves the input of).
 *
 * Standard C only, like the parsers.
 */
#ifndef CIRCULAR_ICT_FUZZ_COMMON_H
#define CIRCULAR_ICT_FUZZ_COMMON_H

#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* longest float8 text written here: "-2.2250738585072014e-308" and a NUL */
#define FUZZ_FLOAT_TEXT 32

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Reports a broken property with the input's text, then aborts */
static inline void
fuzz_fail(const char *input, const char *fmt,...)
#ifdef __GNUC__
__attribute__((format(printf, 2, 3), noreturn))
#endif
;

static inline void
fuzz_fail(const char *input, const char *fmt,...)
{
	va_list		args;

	fprintf(stderr, "PROPERTY BROKEN: ");
	va_start(args, fmt);
	vfprintf(stderr, fmt, args);
	va_end(args);
	fprintf(stderr, "\n  input: \"%s\"\n", input);
	abort();
}

/* The input as a C string in a buffer of size + 1 bytes (it ends at a NUL) */
static inline char *
fuzz_cstring(const uint8_t *data, size_t size)
{
	char	   *s = malloc(size + 1);

	if (s == NULL)
		abort();
	memcpy(s, data, size);
	s[size] = '\0';
	return s;
}

/* The same bits: 0 and -0 differ, NaN equals itself */
static inline int
fuzz_same_double(double a, double b)
{
	return memcmp(&a, &b, sizeof(double)) == 0;
}

/*
 * The shortest "%.*g" text that reads back as v, as the server's output
 * (shortest exact decimals) spells it up to the choice between fixed and
 * exponential notation; both are in the grammar of every parser.
 */
static inline const char *
fuzz_shortest(double v, char *buf)
{
	int			precision;

	if (isnan(v))
		return strcpy(buf, "NaN");
	if (isinf(v))
		return strcpy(buf, v < 0 ? "-Infinity" : "Infinity");
	for (precision = 1; precision < 17; precision++)
	{
		snprintf(buf, FUZZ_FLOAT_TEXT, "%.*g", precision, v);
		if (strtod(buf, NULL) == v)
			return buf;
	}
	snprintf(buf, FUZZ_FLOAT_TEXT, "%.17g", v);
	return buf;
}

/* Is s a NUL-terminated string of fewer than size bytes? */
static inline int
fuzz_terminated(const char *s, size_t size)
{
	return memchr(s, '\0', size) != NULL;
}

/*
 * Is s[0..len) valid UTF-8 (shortest forms, no surrogates, at most
 * U+10FFFF, no NUL)?  An error text made from valid input must be, or the
 * server sends the client bytes its encoding does not have.
 */
static inline int
fuzz_utf8_valid(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *) s;
	size_t		i = 0;

	while (i < len)
	{
		unsigned char c = p[i];
		size_t		n;
		unsigned int cp;
		size_t		k;

		if (c == 0)
			return 0;
		if (c < 0x80)
		{
			i++;
			continue;
		}
		if (c >= 0xC2 && c <= 0xDF)
			n = 1, cp = c & 0x1F;
		else if (c >= 0xE0 && c <= 0xEF)
			n = 2, cp = c & 0x0F;
		else if (c >= 0xF0 && c <= 0xF4)
			n = 3, cp = c & 0x07;
		else
			return 0;
		for (k = 1; k <= n; k++)
		{
			if (i + k >= len || (p[i + k] & 0xC0) != 0x80)
				return 0;
			cp = (cp << 6) | (p[i + k] & 0x3F);
		}
		if ((n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000) || cp > 0x10FFFF ||
			(cp >= 0xD800 && cp <= 0xDFFF))
			return 0;
		i += n + 1;
	}
	return 1;
}

/* Fails unless an error text is valid UTF-8 when the input was */
static inline void
fuzz_check_utf8(const char *input, size_t input_len, const char *what, const char *text)
{
	if (fuzz_utf8_valid(input, input_len) && !fuzz_utf8_valid(text, strlen(text)))
		fuzz_fail(input, "the %s \"%s\" is not valid UTF-8, though the input is", what, text);
}

#endif							/* CIRCULAR_ICT_FUZZ_COMMON_H */
