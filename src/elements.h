/*
 * src/elements.h
 *		The periodic table: the 118 elements, their symbols and English names.
 *
 * Standard C only (no server headers): the materials text parser uses it,
 * and so does the fuzzing harness that builds the parser without a server.
 * The SQL table circular_ict.element is filled from this same array.
 */
#ifndef CIRCULAR_ICT_ELEMENTS_H
#define CIRCULAR_ICT_ELEMENTS_H

#include <stddef.h>

#define ELEMENT_COUNT 118

typedef struct ElementInfo
{
	const char *symbol;			/* exact capitalisation, e.g. "Co" */
	const char *name;			/* IUPAC English name, e.g. "Cobalt" */
	const char *other_name;		/* accepted alternative spelling, or NULL */
} ElementInfo;

/* element_table[z - 1] describes atomic number z */
extern const ElementInfo element_table[ELEMENT_COUNT];

/* atomic number of a symbol (exact case), 0 if it is none */
extern int	element_by_symbol(const char *s, size_t len);

/* atomic number of an English name or alternative spelling (any case), 0 if none */
extern int	element_by_name(const char *s, size_t len);

/* atomic number of a symbol or a name, as the materials input accepts them; 0 if none */
extern int	element_lookup(const char *s, size_t len);

/* atomic number of a symbol written in the wrong case ("CO", "co"), 0 if none */
extern int	element_by_symbol_any_case(const char *s, size_t len);

#endif							/* CIRCULAR_ICT_ELEMENTS_H */
