/*
 * src/elements.c
 *		The periodic table: symbols and English names of the 118 elements.
 *
 * Names are the IUPAC English names (aluminium, caesium, sulfur); the
 * alternative spellings aluminum, cesium and sulphur are accepted as well.
 * Standard C only: see elements.h.
 */
#include "elements.h"

#include <string.h>

const ElementInfo element_table[ELEMENT_COUNT] = {
	{"H", "Hydrogen", NULL},
	{"He", "Helium", NULL},
	{"Li", "Lithium", NULL},
	{"Be", "Beryllium", NULL},
	{"B", "Boron", NULL},
	{"C", "Carbon", NULL},
	{"N", "Nitrogen", NULL},
	{"O", "Oxygen", NULL},
	{"F", "Fluorine", NULL},
	{"Ne", "Neon", NULL},
	{"Na", "Sodium", NULL},
	{"Mg", "Magnesium", NULL},
	{"Al", "Aluminium", "Aluminum"},
	{"Si", "Silicon", NULL},
	{"P", "Phosphorus", NULL},
	{"S", "Sulfur", "Sulphur"},
	{"Cl", "Chlorine", NULL},
	{"Ar", "Argon", NULL},
	{"K", "Potassium", NULL},
	{"Ca", "Calcium", NULL},
	{"Sc", "Scandium", NULL},
	{"Ti", "Titanium", NULL},
	{"V", "Vanadium", NULL},
	{"Cr", "Chromium", NULL},
	{"Mn", "Manganese", NULL},
	{"Fe", "Iron", NULL},
	{"Co", "Cobalt", NULL},
	{"Ni", "Nickel", NULL},
	{"Cu", "Copper", NULL},
	{"Zn", "Zinc", NULL},
	{"Ga", "Gallium", NULL},
	{"Ge", "Germanium", NULL},
	{"As", "Arsenic", NULL},
	{"Se", "Selenium", NULL},
	{"Br", "Bromine", NULL},
	{"Kr", "Krypton", NULL},
	{"Rb", "Rubidium", NULL},
	{"Sr", "Strontium", NULL},
	{"Y", "Yttrium", NULL},
	{"Zr", "Zirconium", NULL},
	{"Nb", "Niobium", NULL},
	{"Mo", "Molybdenum", NULL},
	{"Tc", "Technetium", NULL},
	{"Ru", "Ruthenium", NULL},
	{"Rh", "Rhodium", NULL},
	{"Pd", "Palladium", NULL},
	{"Ag", "Silver", NULL},
	{"Cd", "Cadmium", NULL},
	{"In", "Indium", NULL},
	{"Sn", "Tin", NULL},
	{"Sb", "Antimony", NULL},
	{"Te", "Tellurium", NULL},
	{"I", "Iodine", NULL},
	{"Xe", "Xenon", NULL},
	{"Cs", "Caesium", "Cesium"},
	{"Ba", "Barium", NULL},
	{"La", "Lanthanum", NULL},
	{"Ce", "Cerium", NULL},
	{"Pr", "Praseodymium", NULL},
	{"Nd", "Neodymium", NULL},
	{"Pm", "Promethium", NULL},
	{"Sm", "Samarium", NULL},
	{"Eu", "Europium", NULL},
	{"Gd", "Gadolinium", NULL},
	{"Tb", "Terbium", NULL},
	{"Dy", "Dysprosium", NULL},
	{"Ho", "Holmium", NULL},
	{"Er", "Erbium", NULL},
	{"Tm", "Thulium", NULL},
	{"Yb", "Ytterbium", NULL},
	{"Lu", "Lutetium", NULL},
	{"Hf", "Hafnium", NULL},
	{"Ta", "Tantalum", NULL},
	{"W", "Tungsten", NULL},
	{"Re", "Rhenium", NULL},
	{"Os", "Osmium", NULL},
	{"Ir", "Iridium", NULL},
	{"Pt", "Platinum", NULL},
	{"Au", "Gold", NULL},
	{"Hg", "Mercury", NULL},
	{"Tl", "Thallium", NULL},
	{"Pb", "Lead", NULL},
	{"Bi", "Bismuth", NULL},
	{"Po", "Polonium", NULL},
	{"At", "Astatine", NULL},
	{"Rn", "Radon", NULL},
	{"Fr", "Francium", NULL},
	{"Ra", "Radium", NULL},
	{"Ac", "Actinium", NULL},
	{"Th", "Thorium", NULL},
	{"Pa", "Protactinium", NULL},
	{"U", "Uranium", NULL},
	{"Np", "Neptunium", NULL},
	{"Pu", "Plutonium", NULL},
	{"Am", "Americium", NULL},
	{"Cm", "Curium", NULL},
	{"Bk", "Berkelium", NULL},
	{"Cf", "Californium", NULL},
	{"Es", "Einsteinium", NULL},
	{"Fm", "Fermium", NULL},
	{"Md", "Mendelevium", NULL},
	{"No", "Nobelium", NULL},
	{"Lr", "Lawrencium", NULL},
	{"Rf", "Rutherfordium", NULL},
	{"Db", "Dubnium", NULL},
	{"Sg", "Seaborgium", NULL},
	{"Bh", "Bohrium", NULL},
	{"Hs", "Hassium", NULL},
	{"Mt", "Meitnerium", NULL},
	{"Ds", "Darmstadtium", NULL},
	{"Rg", "Roentgenium", NULL},
	{"Cn", "Copernicium", NULL},
	{"Nh", "Nihonium", NULL},
	{"Fl", "Flerovium", NULL},
	{"Mc", "Moscovium", NULL},
	{"Lv", "Livermorium", NULL},
	{"Ts", "Tennessine", NULL},
	{"Og", "Oganesson", NULL},
};

/* ASCII lower case, independent of the locale */
static char
ascii_lower(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char) (c - 'A' + 'a') : c;
}

/* does s[0..len) equal the NUL-terminated word, ignoring ASCII case? */
static int
equals_any_case(const char *s, size_t len, const char *word)
{
	size_t		i;

	for (i = 0; i < len; i++)
	{
		if (word[i] == '\0' || ascii_lower(s[i]) != ascii_lower(word[i]))
			return 0;
	}
	return word[len] == '\0';
}

/* atomic number of a symbol (exact case), 0 if it is none */
int
element_by_symbol(const char *s, size_t len)
{
	int			z;

	if (len < 1 || len > 2)
		return 0;
	for (z = 1; z <= ELEMENT_COUNT; z++)
	{
		const char *sym = element_table[z - 1].symbol;

		/* the first letter decides nearly always: test it before the rest */
		if (sym[0] == s[0] && strlen(sym) == len && memcmp(sym, s, len) == 0)
			return z;
	}
	return 0;
}

/* atomic number of an English name or alternative spelling (any case), 0 if none */
int
element_by_name(const char *s, size_t len)
{
	int			z;

	if (len < 3 || len > 13)
		return 0;
	for (z = 1; z <= ELEMENT_COUNT; z++)
	{
		const ElementInfo *e = &element_table[z - 1];

		if (equals_any_case(s, len, e->name) ||
			(e->other_name != NULL && equals_any_case(s, len, e->other_name)))
			return z;
	}
	return 0;
}

/* atomic number of a symbol or a name, as the materials input accepts them; 0 if none */
int
element_lookup(const char *s, size_t len)
{
	int			z = element_by_symbol(s, len);

	return z != 0 ? z : element_by_name(s, len);
}

/* atomic number of a symbol written in the wrong case ("CO", "co"), 0 if none */
int
element_by_symbol_any_case(const char *s, size_t len)
{
	int			z;

	if (len < 1 || len > 2)
		return 0;
	for (z = 1; z <= ELEMENT_COUNT; z++)
	{
		if (equals_any_case(s, len, element_table[z - 1].symbol))
			return z;
	}
	return 0;
}
