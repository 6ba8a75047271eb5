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

#include <math.h>
#include <string.h>

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
	ScanError  *err;
} Parser;

/* writes the message of a text-input error, quoting the input; returns false */
static bool
fail(Parser *p)
{
	char		quoted[SCAN_EXCERPT_SIZE(MATERIALS_MAX_QUOTE_LEN)];

	scan_excerpt(quoted, p->s, p->len, MATERIALS_MAX_QUOTE_LEN);
	if (p->err->kind == SCAN_OUT_OF_RANGE)
		scan_set_message(p->err, "value out of range for type materials: \"%s\"", quoted);
	else
		scan_set_message(p->err, "invalid input syntax for type materials: \"%s\"", quoted);
	return false;
}

/* moves past white space */
static void
skip_space(Parser *p)
{
	p->pos += scan_space(p->s + p->pos, p->len - p->pos);
}

/* end of the token starting at pos: the next whitespace, "=", "," or the end */
static size_t
token_end(const Parser *p, size_t pos)
{
	while (pos < p->len && !scan_is_space(p->s[pos]) && p->s[pos] != '=' && p->s[pos] != ',')
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
materials_element(const char *name, size_t len, ScanError *err)
{
	int			z = element_lookup(name, len);
	char		quoted[SCAN_EXCERPT_SIZE(TOKEN_QUOTE_LEN)];

	if (z != 0)
		return z;
	scan_excerpt(quoted, name, len, TOKEN_QUOTE_LEN);
	z = element_by_symbol_any_case(name, len);
	if (z != 0)
	{
		char		lower[16];

		lower_name(lower, sizeof(lower), z);
		scan_fail(err, SCAN_SYNTAX, MATERIALS_HINT_ELEMENT,
				  "\"%s\" is not a chemical element: symbols are case-sensitive, and %s is \"%s\".",
				  quoted, lower, element_table[z - 1].symbol);
	}
	else
		scan_fail(err, SCAN_SYNTAX, MATERIALS_HINT_ELEMENT,
				  "\"%s\" is not a chemical element.", quoted);
	return 0;
}

/* checks that a mass of element z is finite and not negative */
bool
materials_check_grams(int z, double grams, ScanError *err)
{
	const char *symbol = element_table[z - 1].symbol;

	if (isnan(grams))
		scan_fail(err, SCAN_OUT_OF_RANGE, HINT_MASS, "The mass of %s is NaN.", symbol);
	else if (isinf(grams))
		scan_fail(err, SCAN_OUT_OF_RANGE, HINT_MASS, "The mass of %s is infinite.", symbol);
	else if (grams < 0)
		scan_fail(err, SCAN_OUT_OF_RANGE, HINT_MASS, "The mass of %s is negative.", symbol);
	else
		return true;
	return false;
}

/* detail of a mass too large for a float8 number of grams */
void
materials_set_overflow(int z, ScanError *err)
{
	scan_fail(err, SCAN_OUT_OF_RANGE, HINT_OVERFLOW,
			  "The mass of %s is too large for a float8 number of grams.",
			  element_table[z - 1].symbol);
}

/* detail of a mass above 0 too small for a float8 number of grams */
void
materials_set_underflow(int z, ScanError *err)
{
	scan_fail(err, SCAN_OUT_OF_RANGE, HINT_UNDERFLOW,
			  "The mass of %s is too small for a float8 number of grams.",
			  element_table[z - 1].symbol);
}

/*
 * Reads "AMOUNT UNIT" of element z at p->pos into *grams.  The unit shifts
 * the amount's exponent, and the exact decimal is rounded once.
 */
static bool
parse_mass(Parser *p, int z, double *grams)
{
	const char *s = p->s;
	const char *symbol = element_table[z - 1].symbol;
	size_t		start = p->pos;
	size_t		unit_start;
	size_t		i;
	int			shift = 0;
	bool		unit_found = false;
	ScanDecimal amount;
	char		quoted[SCAN_EXCERPT_SIZE(TOKEN_QUOTE_LEN)];
	double		value;

	if (scan_decimal(s + start, p->len - start, SCAN_NAN_INFINITY, &amount) == 0)
	{
		size_t		end = token_end(p, start);

		if (end == start)
			scan_fail(p->err, SCAN_SYNTAX, HINT_FORMAT,
					  "Expected an amount after \"%s=\".", symbol);
		else
		{
			scan_excerpt(quoted, s + start, end - start, TOKEN_QUOTE_LEN);
			scan_fail(p->err, SCAN_SYNTAX, HINT_FORMAT,
					  "The amount of %s, \"%s\", is not a decimal number.", symbol, quoted);
		}
		return fail(p);
	}
	/* NaN and Infinity get their own errors */
	if (amount.special)
	{
		scan_fail(p->err, SCAN_OUT_OF_RANGE, HINT_MASS, isnan(amount.value) ?
				  "The mass of %s is NaN." : "The mass of %s is infinite.", symbol);
		return fail(p);
	}
	p->pos += amount.length;

	/* a number glued to more number-like characters is malformed */
	if (p->pos < p->len && (s[p->pos] == '.' || s[p->pos] == '+' || s[p->pos] == '-' ||
							(amount.length > amount.mantissa_end &&
							 (s[p->pos] == 'e' || s[p->pos] == 'E'))))
	{
		scan_excerpt(quoted, s + start, token_end(p, start) - start, TOKEN_QUOTE_LEN);
		scan_fail(p->err, SCAN_SYNTAX, HINT_FORMAT,
				  "The amount of %s, \"%s\", is not a decimal number.", symbol, quoted);
		return fail(p);
	}
	if (amount.length > MATERIALS_MAX_AMOUNT_LEN)
	{
		scan_fail(p->err, SCAN_SYNTAX, HINT_TOO_LONG,
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
		scan_fail(p->err, SCAN_SYNTAX, HINT_UNIT,
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
		scan_excerpt(quoted, s + unit_start, p->pos - unit_start, TOKEN_QUOTE_LEN);
		scan_fail(p->err, SCAN_SYNTAX, HINT_UNIT,
				  "The unit of %s, \"%s\", is not a unit of mass.", symbol, quoted);
		return fail(p);
	}

	if (amount.negative && amount.nonzero)
	{
		scan_fail(p->err, SCAN_OUT_OF_RANGE, HINT_MASS, "The mass of %s is negative.", symbol);
		return fail(p);
	}

	/* the exact decimal in grams, rounded once */
	switch (scan_decimal_value(s + start, &amount, shift, &value))
	{
		case SCAN_NUMBER_UNDERFLOW:
			materials_set_underflow(z, p->err);
			return fail(p);
		case SCAN_NUMBER_OVERFLOW:
			materials_set_overflow(z, p->err);
			return fail(p);
		case SCAN_NUMBER_OK:
			break;
	}
	*grams = value + 0.0;		/* -0 becomes 0 */
	return true;
}

/* parses the text form of a materials value */
bool
materials_parse(const char *input, size_t len, MaterialsParsed *out, ScanError *err)
{
	Parser		p;
	bool		seen[ELEMENT_COUNT + 1];
	double		grams[ELEMENT_COUNT + 1];
	char		quoted[SCAN_EXCERPT_SIZE(TOKEN_QUOTE_LEN)];
	int			z;

	p.s = input;
	p.len = len;
	p.pos = 0;
	p.err = err;
	scan_error_clear(err);
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
			scan_excerpt(quoted, input + start, len - start, TOKEN_QUOTE_LEN);
			scan_fail(err, SCAN_SYNTAX, HINT_FORMAT,
					  "Expected an element at \"%s\".", quoted);
			return fail(&p);
		}
		z = materials_element(input + start, end - start, err);
		if (z == 0)
			return fail(&p);
		if (seen[z])
		{
			scan_fail(err, SCAN_SYNTAX, HINT_DUPLICATE,
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
			scan_excerpt(quoted, input + start, end - start, TOKEN_QUOTE_LEN);
			scan_fail(err, SCAN_SYNTAX, HINT_FORMAT,
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
			scan_excerpt(quoted, input + p.pos, len - p.pos, TOKEN_QUOTE_LEN);
			scan_fail(err, SCAN_SYNTAX, HINT_FORMAT,
					  "Expected \",\" or the end of the input after the amount of %s, found \"%s\".",
					  element_table[z - 1].symbol, quoted);
			return fail(&p);
		}
		p.pos++;
		skip_space(&p);
		if (p.pos == p.len)
		{
			scan_fail(err, SCAN_SYNTAX, HINT_FORMAT,
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
