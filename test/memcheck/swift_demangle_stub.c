/*
 * test/memcheck/swift_demangle_stub.c
 *		Preloaded next to the AddressSanitizer runtime into an uninstrumented
 *		server by test/checks/memcheck, so that the runtime can start there.
 *
 * ASan starts on the first malloc() of the process.  In a PostgreSQL
 * server that is inside the constructor of a library (libgpg-error,
 * p11-kit) which holds one of glibc's locale locks (in bindtextdomain or
 * newlocale).  The runtime then looks up swift_demangle with dlsym() and,
 * when it is missing, clears the error with dlerror(), which translates
 * the message and so takes and releases the same lock: the lock is left
 * broken and the next bindtextdomain() waits forever (gcc 12's and clang
 * 14's runtimes alike; cf. llvm/llvm-project#49223).  With this symbol
 * present the lookup succeeds and dlerror() has nothing to translate.
 *
 * The runtime calls it only for Swift symbol names, which the server has
 * none of; it demangles nothing.
 */
#include <stddef.h>

char	   *swift_demangle(const char *mangled, size_t length, char *output,
						   size_t *output_length, unsigned flags);

/* No demangling: NULL, as for a name that is not a Swift symbol */
char *
swift_demangle(const char *mangled, size_t length, char *output,
			   size_t *output_length, unsigned flags)
{
	(void) mangled;
	(void) length;
	(void) output;
	(void) output_length;
	(void) flags;
	return NULL;
}
