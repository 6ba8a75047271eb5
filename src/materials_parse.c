/*
 * src/materials_parse.c
 *		Text parser of the materials type: "Co=65g, Au=104mg, Nd=2.1 g".
 *
 * Grammar (whitespace allowed around every token):
 *		input	:= "" | entry ("," entry)*
 *		entry	:= ELEMENT "=" AMOUNT UNIT
 *		ELEMENT	:= a symbol in its exact case, or an English name in any case
 *		AMOUNT	:= [+-] digits [. digits] [(e|E) [+-] digits]	(or .digits)
 *		UNIT	:= ug | µg | mg | g | kg | t
 *
 * The unit is applied to the decimal text before it is rounded to a float8
 * (65 kg is read as 65e3 g), so every amount becomes the float8 nearest to
 * its exact mass in grams: "104mg" is exactly the float8 0.104.
 *
 * Standard C only (see materials_parse.h).  The input is read by position
 * and length only; nothing is read outside input[0..len).
 */
#include "materials_parse.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if defined(__GNUC__)
#define MATERIALS_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define MATERIALS_PRINTF(f, a)
#endif

#define HINT_FORMAT "Write each entry as ELEMENT=AMOUNT UNIT, such as \"Co=65g, Au=104mg\"."
#define HINT_UNIT "Units are ug (also written with the micro sign), mg, g, kg and t."
#define HINT_MASS "Masses must be finite numbers of at least 0."
#define HINT_DUPLICATE "Give each element once; add its amounts up first."
#define HINT_TOO_LONG "A float8 needs at most 17 significant digits."
#define HINT_OVERFLOW "The largest mass a materials value holds is about 1.8e308 g."
#define HINT_UNDERFLOW "The smallest mass above 0 a materials value holds is about 4.9e-324 g; write 0 for none."

/* excerpts of element and unit tokens quoted in details */
#define TOKEN_QUOTE_LEN 40

/* units of mass: name and the power of ten that turns them into grams */
typedef struct MassUnit
{
	const char *name;
	int			shift;
} MassUnit;

static const MassUnit mass_units[] = {
	{"ug", -6},
	{"\xc2\xb5g", -6},			/* U+00B5 MICRO SIGN */
	{"\xce\xbcg", -6},			/* U+03BC GREEK SMALL LETTER MU */
	{"mg", -3},
	{"g", 0},
	{"kg", 3},
	{"t", 6},
};

typedef struct Parser
{
	const char *s;
	size_t		len;
	size_t		pos;
	MaterialsError *err;
} Parser;

/* whitespace as PostgreSQL's scanner knows it */
static bool
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static bool
is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* does s[0..len) equal the word, ignoring ASCII case? */
static bool
word_is(const char *s, size_t len, const char *word)
{
	size_t		i;

	if (strlen(word) != len)
		return false;
	for (i = 0; i < len; i++)
	{
		char		c = s[i];

		if (c >= 'A' && c <= 'Z')
			c = (char) (c - 'A' + 'a');
		if (c != word[i])
			return false;
	}
	return true;
}

/*
 * Copies s[0..len) into dst (of at least max + 4 bytes), cut to max bytes on
 * a UTF-8 character boundary and marked "..." when cut
 */
static void
excerpt(char *dst, const char *s, size_t len, size_t max)
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
}

/* fills detail and hint of err with a printf-style detail */
static void
set_detail(MaterialsError *err, MaterialsErrorKind kind, const char *hint,
		   const char *fmt,...) MATERIALS_PRINTF(4, 5);

static void
set_detail(MaterialsError *err, MaterialsErrorKind kind, const char *hint,
		   const char *fmt,...)
{
	va_list		ap;

	err->kind = kind;
	va_start(ap, fmt);
	vsnprintf(err->detail, sizeof(err->detail), fmt, ap);
	va_end(ap);
	snprintf(err->hint, sizeof(err->hint), "%s", hint);
}

/* writes the message of a text-input error, quoting the input; returns false */
static bool
fail(Parser *p)
{
	char		quoted[MATERIALS_MAX_QUOTE_LEN + 4];

	excerpt(quoted, p->s, p->len, MATERIALS_MAX_QUOTE_LEN);
	snprintf(p->err->message, sizeof(p->err->message),
			 p->err->kind == MATERIALS_ERR_RANGE ?
			 "value out of range for type materials: \"%s\"" :
			 "invalid input syntax for type materials: \"%s\"",
			 quoted);
	return false;
}

static void
skip_space(Parser *p)
{
	while (p->pos < p->len && is_space(p->s[p->pos]))
		p->pos++;
}

/* end of the token starting at pos: the next whitespace, "=", "," or the end */
static size_t
token_end(const Parser *p, size_t pos)
{
	while (pos < p->len && !is_space(p->s[pos]) && p->s[pos] != '=' && p->s[pos] != ',')
		pos++;
	return pos;
}

/* element name in lower case, for running text ("cobalt") */
static void
lower_name(char *dst, size_t size, int z)
{
	size_t		i;
	const char *name = element_table[z - 1].name;

	for (i = 0; name[i] != '\0' && i + 1 < size; i++)
		dst[i] = (name[i] >= 'A' && name[i] <= 'Z') ? (char) (name[i] - 'A' + 'a') : name[i];
	dst[i] = '\0';
}

/* looks up an element by symbol or name; 0 with err's detail and hint if none */
int
materials_element(const char *name, size_t len, MaterialsError *err)
{
	int			z = element_lookup(name, len);
	char		quoted[TOKEN_QUOTE_LEN + 4];

	if (z != 0)
		return z;
	excerpt(quoted, name, len, TOKEN_QUOTE_LEN);
	z = element_by_symbol_any_case(name, len);
	if (z != 0)
	{
		char		lower[16];

		lower_name(lower, sizeof(lower), z);
		set_detail(err, MATERIALS_ERR_SYNTAX, MATERIALS_HINT_ELEMENT,
				   "\"%s\" is not a chemical element: symbols are case-sensitive, and %s is \"%s\".",
				   quoted, lower, element_table[z - 1].symbol);
	}
	else
		set_detail(err, MATERIALS_ERR_SYNTAX, MATERIALS_HINT_ELEMENT,
				   "\"%s\" is not a chemical element.", quoted);
	return 0;
}

/* checks that a mass of element z is finite and not negative */
bool
materials_check_grams(int z, double grams, MaterialsError *err)
{
	const char *symbol = element_table[z - 1].symbol;

	if (isnan(grams))
		set_detail(err, MATERIALS_ERR_RANGE, HINT_MASS, "The mass of %s is NaN.", symbol);
	else if (isinf(grams))
		set_detail(err, MATERIALS_ERR_RANGE, HINT_MASS, "The mass of %s is infinite.", symbol);
	else if (grams < 0)
		set_detail(err, MATERIALS_ERR_RANGE, HINT_MASS, "The mass of %s is negative.", symbol);
	else
		return true;
	return false;
}

/* detail of a mass too large for a float8 number of grams */
void
materials_set_overflow(int z, MaterialsError *err)
{
	set_detail(err, MATERIALS_ERR_RANGE, HINT_OVERFLOW,
			   "The mass of %s is too large for a float8 number of grams.",
			   element_table[z - 1].symbol);
}

/* detail of a mass above 0 too small for a float8 number of grams */
void
materials_set_underflow(int z, MaterialsError *err)
{
	set_detail(err, MATERIALS_ERR_RANGE, HINT_UNDERFLOW,
			   "The mass of %s is too small for a float8 number of grams.",
			   element_table[z - 1].symbol);
}

/*
 * Reads "AMOUNT UNIT" of element z at p->pos into *grams.  The amount's
 * mantissa and exponent are read here; the unit shifts the exponent, and
 * strtod rounds the exact decimal once.
 */
static bool
parse_mass(Parser *p, int z, double *grams)
{
	const char *s = p->s;
	const char *symbol = element_table[z - 1].symbol;
	size_t		start = p->pos;
	size_t		mantissa_start;
	size_t		mantissa_end;
	size_t		unit_start;
	size_t		i;
	bool		negative = false;
	bool		nonzero = false;
	int			digits = 0;
	long		exponent = 0;
	int			exponent_sign = 1;
	bool		exponent_seen = false;
	int			shift = 0;
	bool		unit_found = false;
	char		buf[MATERIALS_MAX_AMOUNT_LEN + 32];
	char		quoted[TOKEN_QUOTE_LEN + 4];
	double		value;

	if (p->pos < p->len && (s[p->pos] == '+' || s[p->pos] == '-'))
	{
		negative = s[p->pos] == '-';
		p->pos++;
	}

	/* words where an amount belongs: NaN and Infinity get their own errors */
	if (p->pos < p->len && is_alpha(s[p->pos]))
	{
		size_t		w = p->pos;

		while (w < p->len && is_alpha(s[w]))
			w++;
		if (word_is(s + p->pos, w - p->pos, "nan"))
			set_detail(p->err, MATERIALS_ERR_RANGE, HINT_MASS, "The mass of %s is NaN.", symbol);
		else if (word_is(s + p->pos, w - p->pos, "infinity") ||
				 word_is(s + p->pos, w - p->pos, "inf"))
			set_detail(p->err, MATERIALS_ERR_RANGE, HINT_MASS, "The mass of %s is infinite.", symbol);
		else
		{
			excerpt(quoted, s + start, token_end(p, start) - start, TOKEN_QUOTE_LEN);
			set_detail(p->err, MATERIALS_ERR_SYNTAX, HINT_FORMAT,
					   "The amount of %s, \"%s\", is not a decimal number.", symbol, quoted);
		}
		return fail(p);
	}

	/* mantissa: digits [. digits] or . digits */
	mantissa_start = p->pos;
	while (p->pos < p->len && is_digit(s[p->pos]))
	{
		nonzero |= s[p->pos] != '0';
		digits++;
		p->pos++;
	}
	if (p->pos < p->len && s[p->pos] == '.')
	{
		p->pos++;
		while (p->pos < p->len && is_digit(s[p->pos]))
		{
			nonzero |= s[p->pos] != '0';
			digits++;
			p->pos++;
		}
	}
	mantissa_end = p->pos;
	if (digits == 0)
	{
		size_t		end = token_end(p, start);

		if (end == start)
			set_detail(p->err, MATERIALS_ERR_SYNTAX, HINT_FORMAT,
					   "Expected an amount after \"%s=\".", symbol);
		else
		{
			excerpt(quoted, s + start, end - start, TOKEN_QUOTE_LEN);
			set_detail(p->err, MATERIALS_ERR_SYNTAX, HINT_FORMAT,
					   "The amount of %s, \"%s\", is not a decimal number.", symbol, quoted);
		}
		return fail(p);
	}

	/* exponent, only if digits follow the e (else the e starts a unit) */
	if (p->pos < p->len && (s[p->pos] == 'e' || s[p->pos] == 'E'))
	{
		size_t		q = p->pos + 1;

		if (q < p->len && (s[q] == '+' || s[q] == '-'))
		{
			exponent_sign = s[q] == '-' ? -1 : 1;
			q++;
		}
		if (q < p->len && is_digit(s[q]))
		{
			while (q < p->len && is_digit(s[q]))
			{
				/* beyond a million, any float8 is 0 or infinite anyway */
				if (exponent < 1000000)
					exponent = exponent * 10 + (s[q] - '0');
				q++;
			}
			p->pos = q;
			exponent_seen = true;
		}
		else
			exponent_sign = 1;
	}

	/* a number glued to more number-like characters is malformed */
	if (p->pos < p->len && (is_digit(s[p->pos]) || s[p->pos] == '.' ||
							s[p->pos] == '+' || s[p->pos] == '-' ||
							(exponent_seen && (s[p->pos] == 'e' || s[p->pos] == 'E'))))
	{
		excerpt(quoted, s + start, token_end(p, start) - start, TOKEN_QUOTE_LEN);
		set_detail(p->err, MATERIALS_ERR_SYNTAX, HINT_FORMAT,
				   "The amount of %s, \"%s\", is not a decimal number.", symbol, quoted);
		return fail(p);
	}
	if (p->pos - start > MATERIALS_MAX_AMOUNT_LEN)
	{
		set_detail(p->err, MATERIALS_ERR_SYNTAX, HINT_TOO_LONG,
				   "The amount of %s has more than %d characters.",
				   symbol, MATERIALS_MAX_AMOUNT_LEN);
		return fail(p);
	}

	/* unit */
	skip_space(p);
	unit_start = p->pos;
	p->pos = token_end(p, p->pos);
	if (p->pos == unit_start)
	{
		set_detail(p->err, MATERIALS_ERR_SYNTAX, HINT_UNIT,
				   "The amount of %s has no unit.", symbol);
		return fail(p);
	}
	for (i = 0; i < sizeof(mass_units) / sizeof(mass_units[0]); i++)
	{
		if (strlen(mass_units[i].name) == p->pos - unit_start &&
			memcmp(mass_units[i].name, s + unit_start, p->pos - unit_start) == 0)
		{
			shift = mass_units[i].shift;
			unit_found = true;
			break;
		}
	}
	if (!unit_found)
	{
		excerpt(quoted, s + unit_start, p->pos - unit_start, TOKEN_QUOTE_LEN);
		set_detail(p->err, MATERIALS_ERR_SYNTAX, HINT_UNIT,
				   "The unit of %s, \"%s\", is not a unit of mass.", symbol, quoted);
		return fail(p);
	}

	if (negative && nonzero)
	{
		set_detail(p->err, MATERIALS_ERR_RANGE, HINT_MASS, "The mass of %s is negative.", symbol);
		return fail(p);
	}

	/* the exact decimal in grams, rounded once */
	memcpy(buf, s + mantissa_start, mantissa_end - mantissa_start);
	snprintf(buf + (mantissa_end - mantissa_start), sizeof(buf) - (mantissa_end - mantissa_start),
			 "e%ld", exponent_sign * exponent + shift);
	errno = 0;
	value = strtod(buf, NULL);
	if (errno == ERANGE && value == 0 && nonzero)
	{
		materials_set_underflow(z, p->err);
		return fail(p);
	}
	if (isinf(value))
	{
		materials_set_overflow(z, p->err);
		return fail(p);
	}
	*grams = value;
	return true;
}

/* parses the text form of a materials value */
bool
materials_parse(const char *input, size_t len, MaterialsParsed *out, MaterialsError *err)
{
	Parser		p;
	bool		seen[ELEMENT_COUNT + 1];
	double		grams[ELEMENT_COUNT + 1];
	char		quoted[TOKEN_QUOTE_LEN + 4];
	int			z;

	p.s = input;
	p.len = len;
	p.pos = 0;
	p.err = err;
	memset(err, 0, sizeof(*err));
	memset(seen, 0, sizeof(seen));
	out->count = 0;

	skip_space(&p);
	if (p.pos == p.len)
		return true;			/* "" is the empty map */

	for (;;)
	{
		size_t		start = p.pos;
		size_t		end = token_end(&p, start);

		/* ELEMENT */
		if (end == start)
		{
			excerpt(quoted, input + start, len - start, TOKEN_QUOTE_LEN);
			set_detail(err, MATERIALS_ERR_SYNTAX, HINT_FORMAT,
					   "Expected an element at \"%s\".", quoted);
			return fail(&p);
		}
		z = materials_element(input + start, end - start, err);
		if (z == 0)
			return fail(&p);
		if (seen[z])
		{
			set_detail(err, MATERIALS_ERR_SYNTAX, HINT_DUPLICATE,
					   "%s (%s) is given twice.",
					   element_table[z - 1].name, element_table[z - 1].symbol);
			return fail(&p);
		}
		seen[z] = true;
		p.pos = end;

		/* = */
		skip_space(&p);
		if (p.pos >= p.len || input[p.pos] != '=')
		{
			excerpt(quoted, input + start, end - start, TOKEN_QUOTE_LEN);
			set_detail(err, MATERIALS_ERR_SYNTAX, HINT_FORMAT,
					   "Expected \"=\" after \"%s\".", quoted);
			return fail(&p);
		}
		p.pos++;
		skip_space(&p);

		/* AMOUNT UNIT */
		if (!parse_mass(&p, z, &grams[z]))
			return false;

		/* "," or the end */
		skip_space(&p);
		if (p.pos == p.len)
			break;
		if (input[p.pos] != ',')
		{
			excerpt(quoted, input + p.pos, len - p.pos, TOKEN_QUOTE_LEN);
			set_detail(err, MATERIALS_ERR_SYNTAX, HINT_FORMAT,
					   "Expected \",\" or the end of the input after the amount of %s, found \"%s\".",
					   element_table[z - 1].symbol, quoted);
			return fail(&p);
		}
		p.pos++;
		skip_space(&p);
		if (p.pos == p.len)
		{
			set_detail(err, MATERIALS_ERR_SYNTAX, HINT_FORMAT,
					   "Expected an element after the last \",\".");
			return fail(&p);
		}
	}

	/* canonical form: ascending atomic number, masses of 0 left out */
	for (z = 1; z <= ELEMENT_COUNT; z++)
	{
		if (seen[z] && grams[z] != 0)
		{
			out->atomic_number[out->count] = (unsigned char) z;
			out->grams[out->count] = grams[z];
			out->count++;
		}
	}
	return true;
}
