// Linux-only declarations the Swift Glibc module does not import: epoll, eventfd, accept4,
// TCP_NODELAY, posix_spawn's chdir, thread names, malloc_trim. Header-only; its functions are called solely from
// Sources/Runtime/System (the `RuntimeSystem` module), the HTTP loops use its types and constants.
#ifndef CLINUX_SHIM_H
#define CLINUX_SHIM_H

#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/prctl.h>
#include <malloc.h>
#include <spawn.h>

// accept4 needs _GNU_SOURCE, which cannot be defined reliably from a module map; a small
// inline wrapper avoids depending on feature macros.
int accept4(int sockfd, struct sockaddr *addr, socklen_t *addrlen, int flags);

static inline int clinux_accept4(int fd, int flags) {
    return accept4(fd, 0, 0, flags);
}

// glibc >= 2.29 has it, but declares it only under _GNU_SOURCE (as accept4).
int posix_spawn_file_actions_addchdir_np(posix_spawn_file_actions_t *actions, const char *path);

// Names the calling thread (at most 15 bytes are kept), for `top -H` and `perf`.
static inline void clinux_set_thread_name(const char *name) {
    prctl(PR_SET_NAME, name, 0, 0, 0);
}

// Returns the allocator's free memory to the system (whole free pages anywhere in the heaps,
// not only at their top).
static inline int clinux_malloc_trim(void) {
    return malloc_trim(0);
}

#endif
