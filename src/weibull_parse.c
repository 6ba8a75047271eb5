/*
 * src/weibull_parse.c
 *		Text parser of the weibull type, and the float scanner the lifetable
 *		parser shares.  Standard C only (see weibull_parse.h).
 */
#include <math.h>
#include <string.h>

#include "weibull_parse.h"

/* Longest number text shown back in a message */
#define SHOWN_MAX 40

/* The characters that end a token shown back in a message */
#define TOKEN_END ",)}; \t\n"

/* Reads one float8 at *p (grammar in weibull_parse.h) */
int
parse_float8(const char **p, double *value, const char *what, ScanError *err)
{
	const char *s = *p;
	ScanDecimal number;
	size_t		n = scan_decimal(s, SCAN_UNTIL_NUL, SCAN_NAN_INFINITY, &number);
	char		shown[SCAN_EXCERPT_SIZE(SHOWN_MAX)];

	if (n == 0)
	{
		size_t		token = strcspn(s, TOKEN_END);

		if (*s == '\0')
			return scan_fail(err, SCAN_SYNTAX, NULL,
							 "The %s is missing at the end of the input.", what);
		return scan_fail(err, SCAN_SYNTAX, NULL,
						 "The %s must be a number, not \"%s\".", what,
						 scan_excerpt(shown, s, token > 0 ? token : 1, SHOWN_MAX));
	}
	if (scan_is_word_char(s[n]))
		return scan_fail(err, SCAN_SYNTAX,
						 "Numbers are written in decimal, e.g. 1.5 or 2e-3.",
						 "The %s \"%s\" is not a decimal number.", what,
						 scan_excerpt(shown, s, strcspn(s, TOKEN_END), SHOWN_MAX));
	/* like float8in: overflow and underflow to zero are out of range */
	if (scan_decimal_value(s, &number, 0, value) != SCAN_NUMBER_OK)
		return scan_fail(err, SCAN_OUT_OF_RANGE,
						 "Numbers must lie within double precision, about 1e-308 to 1e308 in magnitude.",
						 "The %s \"%s\" is out of range for double precision.", what,
						 scan_excerpt(shown, s, n, SHOWN_MAX));
	*p = s + n;
	return 1;
}

/* Which parameter a name at p denotes (0 shape, 1 scale, -1 none); sets len */
static int
parameter_name(const char *p, size_t *len)
{
	static const struct
	{
		const char *name;
		int			param;
	}			names[] = {{"shape", 0}, {"scale", 1}, {"lambda", 1}, {"k", 0}};
	size_t		i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
	{
		size_t		n = scan_word(p, SCAN_UNTIL_NUL, names[i].name);

		if (n > 0)
		{
			*len = n;
			return names[i].param;
		}
	}
	return -1;
}

/* Parses the text form of a weibull (grammar in weibull_parse.h) */
int
weibull_parse(const char *str, double *shape, double *scale, ScanError *err)
{
	static const char *const pname[2] = {"shape", "scale"};
	const char *p = str + scan_space(str, SCAN_UNTIL_NUL);
	double		value[2] = {0.0, 0.0};
	int			seen[2] = {0, 0};
	int			i;
	size_t		n;

	scan_error_clear(err);
	p += scan_word(p, SCAN_UNTIL_NUL, "weibull");
	p += scan_space(p, SCAN_UNTIL_NUL);
	if (*p != '(')
		return scan_fail(err, SCAN_SYNTAX,
						 "Write it as weibull(shape=1.5, scale=5.2).",
						 "Expected \"(\" at character %d.", (int) (p - str) + 1);
	p++;
	for (i = 0; i < 2; i++)
	{
		int			param;
		char		shown[SCAN_DOUBLE_LEN];

		p += scan_space(p, SCAN_UNTIL_NUL);
		param = parameter_name(p, &n);
		if (param < 0)
			return scan_fail(err, SCAN_SYNTAX,
							  "The parameters are shape (or k) and scale (or lambda).",
							  "Expected a parameter name at character %d.",
							  (int) (p - str) + 1);
		if (seen[param])
			return scan_fail(err, SCAN_SYNTAX,
							  "Give the shape and the scale once each.",
							  "The %s is given twice.", pname[param]);
		seen[param] = 1;
		p += n;
		p += scan_space(p, SCAN_UNTIL_NUL);
		if (*p != '=')
			return scan_fail(err, SCAN_SYNTAX, NULL,
							  "Expected \"=\" after the %s name at character %d.",
							  pname[param], (int) (p - str) + 1);
		p++;
		p += scan_space(p, SCAN_UNTIL_NUL);
		if (!parse_float8(&p, &value[param], pname[param], err))
			return 0;
		if (!(value[param] > 0.0) || isinf(value[param]))
			return scan_fail(err, SCAN_INVALID_VALUE,
							  "The shape and the scale are finite numbers greater than 0.",
							  "The %s must be a finite number greater than 0, not %s.",
							  pname[param],
							  scan_format_double(value[param], shown));
		p += scan_space(p, SCAN_UNTIL_NUL);
		if (i == 0)
		{
			if (*p != ',')
				return scan_fail(err, SCAN_SYNTAX,
								  "Write it as weibull(shape=1.5, scale=5.2).",
								  "Expected \",\" and the %s at character %d.",
								  pname[1 - param], (int) (p - str) + 1);
			p++;
		}
	}
	if (*p != ')')
		return scan_fail(err, SCAN_SYNTAX, NULL,
						 "Expected \")\" at character %d.", (int) (p - str) + 1);
	p++;
	p += scan_space(p, SCAN_UNTIL_NUL);
	if (*p != '\0')
		return scan_fail(err, SCAN_SYNTAX, NULL,
						 "Unexpected text after \")\" at character %d.",
						  (int) (p - str) + 1);
	*shape = value[0];
	*scale = value[1];
	return 1;
}
