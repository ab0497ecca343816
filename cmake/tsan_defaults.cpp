// ThreadSanitizer's defaults for every JoinDoctor executable in a -DJOINDOCTOR_SANITIZE=thread
// build.
//
// Debian's Qt, OpenSSL and GLib are not built with TSan. Their own memory accesses are invisible to
// it anyway; ignore_noninstrumented_modules also keeps the accesses they make through intercepted
// calls (malloc, memcpy, ...) out of the reports, which otherwise show Qt's futex-based locking as
// races inside Qt. Everything compiled here, Qt's inline code included, is still checked;
// tests/tsan/race_canary.cpp proves a race in a worker is reported with these settings.
// die_after_fork=0: the tests start servers with QProcess from a process that has threads.
extern "C" const char *__tsan_default_options()
{
    return "ignore_noninstrumented_modules=1:die_after_fork=0:second_deadlock_stack=1";
}
