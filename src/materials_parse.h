/*
 * src/materials_parse.h
 *		Text parser of the materials type, and the checks every other way
 *		into the type (binary, jsonb, constructors) shares with it.
 *
 * Standard C only: it builds and runs without the server, so that it can be
 * fuzzed on its own.  Errors come back in a ScanError (scan.h), of kind
 * SCAN_SYNTAX or SCAN_OUT_OF_RANGE, with the message written; the server
 * turns them into ereport()/ereturn() with the SQLSTATE of their kind.
 */
#ifndef CIRCULAR_ICT_MATERIALS_PARSE_H
#define CIRCULAR_ICT_MATERIALS_PARSE_H

#include <stdbool.h>
#include <stddef.h>

#include "elements.h"
#include "scan.h"

/* longest amount (number) the text input accepts, in bytes */
#define MATERIALS_MAX_AMOUNT_LEN 64

/* longest excerpt of the input quoted in a message, in bytes */
#define MATERIALS_MAX_QUOTE_LEN 100

/* a parsed value: the elements with a mass above 0, by atomic number */
typedef struct MaterialsParsed
{
	int			count;
	unsigned char atomic_number[ELEMENT_COUNT]; /* strictly ascending */
	double		grams[ELEMENT_COUNT];	/* finite, > 0 */
} MaterialsParsed;

/*
 * Parses the text form (input[0..len), NUL bytes not allowed) into *out.
 * Returns false with *err filled on bad input.
 */
extern bool materials_parse(const char *input, size_t len,
							MaterialsParsed *out, ScanError *err);

/*
 * Looks up an element written as a symbol (exact case) or an English name
 * (any case).  Returns its atomic number, or 0 with err's kind, detail and
 * hint filled (the caller writes the message).
 */
extern int	materials_element(const char *name, size_t len, ScanError *err);

/*
 * Checks a mass in grams of element z: finite and not negative.  Returns
 * false with err's kind, detail and hint filled (the caller writes the
 * message).
 */
extern bool materials_check_grams(int z, double grams, ScanError *err);

/* the overflow and underflow details for element z, shared with other inputs */
extern void materials_set_overflow(int z, ScanError *err);
extern void materials_set_underflow(int z, ScanError *err);

/* hint naming the accepted forms of an element */
#define MATERIALS_HINT_ELEMENT \
	"Write each element as its periodic-table symbol with exact capitalisation, such as \"Co\", or as its English name in any case, such as \"cobalt\"."

#endif							/* CIRCULAR_ICT_MATERIALS_PARSE_H */
