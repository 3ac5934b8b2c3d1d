/*
 * _pygrade_counter: counts the instructions of one call under valgrind's callgrind, and serves the benchmark's
 * counted calls without running any Python of the harness once the learner's module is loaded.
 *
 * Why C: the learner's code runs in the same process. Everything written in Python there can be rebound by it
 * (functions, classes, modules, builtins, hooks), so nothing written in Python may sit between a measured call and
 * the counter's window, nor carry the count out. Here the window is opened, the call made, the window closed, the
 * dump read and the reply written in one C function, with no Python of ours in between.
 *
 * Outside valgrind the client requests are no-ops: count() then reports 0 instructions.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <marshal.h>

#include <errno.h>
#include <fcntl.h>
#include <malloc.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <valgrind/callgrind.h>

#define NONCE_BYTES 16
#define MAX_REQUEST (64 * 1024 * 1024)
#define MAX_DEPTH 64

static char dump_base[512];
static long dumps_taken;
static int in_window;
static int instrumenting;
static unsigned char nonce[NONCE_BYTES];
static int have_nonce;
static char allowed_roots[8][256];
static int allowed_count;
static int configured, locked_down, serving;
static int collector_left_off; /* the measured code turned the garbage collector off and left it off */

/* ---- the counted window ------------------------------------------------------------------------------------ */

/* Reads the Ir total ("summary: N") of the dump just written; -1 when it is missing or not ours. */
static long long read_dump(const char *path) {
    FILE *file = fopen(path, "r");
    if (file == NULL) {
        return -1;
    }
    char line[512];
    long long summary = -1;
    int ours = 0;
    while (fgets(line, sizeof line, file) != NULL) {
        if (strncmp(line, "desc: Trigger: Client Request: pygrade-window", 45) == 0) {
            ours = 1;
        } else if (strncmp(line, "summary:", 8) == 0) {
            summary = strtoll(line + 8, NULL, 10);
        }
    }
    fclose(file);
    unlink(path);
    return ours ? summary : -1;
}

/*
 * Calls callable(*argv[i]) for i < calls, in one window, with the collector on and counting instructions; *count
 * receives the count, or -1 when no valgrind counted it (or a dump went missing). Returns the last call's result.
 * Nested calls (the measured code calling count() itself) are plain calls: they can neither open a second window
 * nor close the first one early.
 */
static PyObject *counted_calls(PyObject *callable, PyObject **argv, int calls, long long *count) {
    if (in_window) {
        *count = -1;
        return PyObject_Call(callable, argv[0], NULL);
    }
    char path[600];
    snprintf(path, sizeof path, "%s.%ld", dump_base, dumps_taken + 1);
    in_window = 1;
    int was_enabled = PyGC_Enable();
    /* Instrumentation is switched on once and stays on: every switch discards all translations, and translating
     * the interpreter again cost about 70 ms per window (many times a small call's own cost). Only collection is
     * switched per window, which is free; what runs between windows (requests, inputs, replies: our C) is
     * instrumented but not counted. */
    if (!instrumenting) {
        CALLGRIND_START_INSTRUMENTATION;
        instrumenting = 1;
    }
    CALLGRIND_ZERO_STATS;
    CALLGRIND_TOGGLE_COLLECT;
    PyObject *result = NULL;
    for (int i = 0; i < calls; i++) {
        Py_XDECREF(result);
        result = PyObject_Call(callable, argv[i], NULL);
        if (result == NULL) {
            break;
        }
    }
    CALLGRIND_TOGGLE_COLLECT;
    collector_left_off = !PyGC_IsEnabled();
    unlink(path); /* created during the window by the measured code? The dump below writes it afresh. */
    CALLGRIND_DUMP_STATS_AT("pygrade-window");
    if (!was_enabled) {
        PyGC_Disable();
    }
    in_window = 0;
    if (RUNNING_ON_VALGRIND && dump_base[0] != '\0') {
        dumps_taken++;
        *count = read_dump(path);
    } else {
        *count = -1;
    }
    return result;
}

static PyObject *counted_call(PyObject *callable, PyObject *args, long long *count) {
    return counted_calls(callable, &args, 1, count);
}

static PyObject *py_configure(PyObject *self, PyObject *args) {
    const char *base;
    if (!PyArg_ParseTuple(args, "s", &base)) {
        return NULL;
    }
    if (configured) { /* once: the learner's code must not point the reader at a file of its own */
        PyErr_SetString(PyExc_PermissionError, "already configured");
        return NULL;
    }
    configured = 1;
    if (strlen(base) >= sizeof dump_base) {
        PyErr_SetString(PyExc_ValueError, "dump path too long");
        return NULL;
    }
    strcpy(dump_base, base);
    dumps_taken = 0;
    Py_RETURN_NONE;
}

/* count(callable, args) -> (result, instructions): one counted call, for calibration and the module's import. */
static PyObject *py_count(PyObject *self, PyObject *args) {
    PyObject *callable, *call_args;
    if (!PyArg_ParseTuple(args, "OO!", &callable, &PyTuple_Type, &call_args)) {
        return NULL;
    }
    long long count;
    PyObject *result = counted_call(callable, call_args, &count);
    if (result == NULL) {
        return NULL;
    }
    return Py_BuildValue("(NL)", result, count);
}

/* trim(): hands freed heap memory back to the kernel (for the memory harness, which has no ctypes). */
/* A process that changed its uid from root is not dumpable: /proc/self/clear_refs (the reset of the kernel's peak
 * resident size, for memory measurements) then belongs to root. A learner process forked from the learner parent
 * restores what exec would have given it. */
static PyObject *py_make_dumpable(PyObject *self, PyObject *unused) {
    if (prctl(PR_SET_DUMPABLE, 1, 0, 0, 0) != 0) {
        return PyErr_SetFromErrno(PyExc_OSError);
    }
    Py_RETURN_NONE;
}

static PyObject *py_trim(PyObject *self, PyObject *unused) {
    malloc_trim(0);
    Py_RETURN_NONE;
}

static PyObject *py_on_valgrind(PyObject *self, PyObject *unused) {
    return PyBool_FromLong(RUNNING_ON_VALGRIND ? 1 : 0);
}

/* ---- lock-down: what the learner's code may not do in a counted process --------------------------------- */

static int is_write_mode(PyObject *mode, PyObject *flags) {
    if (mode != NULL && PyUnicode_Check(mode)) {
        const char *text = PyUnicode_AsUTF8(mode);
        return text == NULL || strpbrk(text, "wax+") != NULL;
    }
    if (flags != NULL && PyLong_Check(flags)) {
        long value = PyLong_AsLong(flags);
        return (value & O_ACCMODE) != O_RDONLY || (value & (O_CREAT | O_TRUNC | O_APPEND)) != 0;
    }
    return 0;
}

/* Read-only opens of absolute paths that resolve under the allowed roots (the interpreter's library, the module). */
static int open_allowed(PyObject *path, PyObject *mode, PyObject *flags) {
    if (PyLong_Check(path)) {
        return !is_write_mode(mode, flags); /* an fd this process already holds */
    }
    PyObject *bytes = NULL;
    if (!PyUnicode_FSConverter(path, &bytes)) {
        PyErr_Clear();
        return 0;
    }
    const char *text = PyBytes_AS_STRING(bytes);
    int allowed = 0;
    char resolved[4096];
    if (text[0] == '/' && !is_write_mode(mode, flags) && realpath(text, resolved) != NULL) {
        for (int i = 0; i < allowed_count; i++) {
            size_t length = strlen(allowed_roots[i]);
            if (strncmp(resolved, allowed_roots[i], length) == 0
                && (resolved[length] == '/' || resolved[length] == '\0')) {
                allowed = 1;
            }
        }
    }
    Py_DECREF(bytes);
    return allowed;
}

static int audit_hook(const char *event, PyObject *args, void *data) {
    if (strcmp(event, "open") == 0 && PyTuple_Check(args) && PyTuple_GET_SIZE(args) >= 1) {
        PyObject *mode = PyTuple_GET_SIZE(args) > 1 ? PyTuple_GET_ITEM(args, 1) : NULL;
        PyObject *flags = PyTuple_GET_SIZE(args) > 2 ? PyTuple_GET_ITEM(args, 2) : NULL;
        if (!open_allowed(PyTuple_GET_ITEM(args, 0), mode, flags)) {
            PyErr_Format(PyExc_PermissionError, "the benchmark does not let your code open %R", PyTuple_GET_ITEM(args, 0));
            return -1;
        }
        return 0;
    }
    if (strcmp(event, "sys.addaudithook") == 0) {
        /* A RuntimeError is what makes sys.addaudithook leave the new hook out (silently, as documented). */
        PyErr_SetString(PyExc_RuntimeError, "the benchmark does not let your code add audit hooks");
        return -1;
    }
    static const char *refused[] = {
        "ctypes.", "os.exec", "os.posix_spawn", "os.spawn", "os.system", "os.fork",
        "os.forkpty", "subprocess.Popen", "pty.spawn", "socket.", "mmap.", "sys.settrace", "sys.setprofile",
        "sys._current_frames", "os.memfd_create", NULL};
    for (int i = 0; refused[i] != NULL; i++) {
        size_t length = strlen(refused[i]);
        if (refused[i][length - 1] == '.' ? strncmp(event, refused[i], length) == 0 : strcmp(event, refused[i]) == 0) {
            PyErr_Format(PyExc_PermissionError, "the benchmark does not let your code use %s", event);
            return -1;
        }
    }
    if (strcmp(event, "import") == 0 && PyTuple_Check(args) && PyTuple_GET_SIZE(args) >= 2) {
        PyObject *filename = PyTuple_GET_ITEM(args, 1);
        if (filename != Py_None && !open_allowed(filename, NULL, NULL)) {
            PyErr_Format(PyExc_PermissionError, "the benchmark does not let your code load %R", filename);
            return -1;
        }
    }
    return 0;
}

/* Syscalls that could reach the counter from outside Python's audit events: new executable memory from a file the
 * learner wrote (memfd), other processes' memory, replacing the image. */
static int install_seccomp(void) {
    struct sock_filter filter[] = {
        BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch)),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, AUDIT_ARCH_X86_64, 1, 0),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
        BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_memfd_create, 7, 0),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_process_vm_readv, 6, 0),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_process_vm_writev, 5, 0),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_ptrace, 4, 0),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_execve, 3, 0),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_execveat, 2, 0),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_pidfd_getfd, 1, 0),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | (EPERM & SECCOMP_RET_DATA)),
    };
    struct sock_fprog program = {.len = sizeof filter / sizeof filter[0], .filter = filter};
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) {
        return -1;
    }
    return prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &program) == 0 ? 0 : -1;
}

/* lock_down(roots): from now on opens must be read-only and under these roots, hooks cannot be added, and the
 * syscalls above fail. Fails closed: an error if any part could not be put in place. */
static PyObject *py_lock_down(PyObject *self, PyObject *args) {
    PyObject *roots;
    if (!PyArg_ParseTuple(args, "O!", &PyTuple_Type, &roots)) {
        return NULL;
    }
    if (locked_down) {
        PyErr_SetString(PyExc_PermissionError, "already locked down");
        return NULL;
    }
    locked_down = 1;
    allowed_count = 0;
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(roots) && allowed_count < 8; i++) {
        const char *root = PyUnicode_AsUTF8(PyTuple_GET_ITEM(roots, i));
        if (root == NULL || strlen(root) >= sizeof allowed_roots[0]) {
            return NULL;
        }
        strcpy(allowed_roots[allowed_count++], root);
    }
    if (install_seccomp() != 0) {
        return PyErr_SetFromErrno(PyExc_OSError);
    }
    if (PySys_AddAuditHook(audit_hook, NULL) != 0) {
        return NULL;
    }
    Py_RETURN_NONE;
}

/* ---- the request loop of a counted process ------------------------------------------------------------------ */

static int read_exact(int fd, void *buffer, size_t size) {
    unsigned char *at = buffer;
    while (size > 0) {
        ssize_t got = read(fd, at, size);
        if (got < 0 && errno == EINTR) {
            continue;
        }
        if (got <= 0) {
            return -1;
        }
        at += got;
        size -= (size_t) got;
    }
    return 0;
}

static int write_exact(int fd, const void *buffer, size_t size) {
    const unsigned char *at = buffer;
    while (size > 0) {
        ssize_t put = write(fd, at, size);
        if (put < 0 && errno == EINTR) {
            continue;
        }
        if (put <= 0) {
            return -1;
        }
        at += put;
        size -= (size_t) put;
    }
    return 0;
}

/* read_nonce(fd): the supervisor's secret for this process, kept in C: no Python object of ours ever holds it. */
static PyObject *py_read_nonce(PyObject *self, PyObject *args) {
    int fd;
    if (!PyArg_ParseTuple(args, "i", &fd)) {
        return NULL;
    }
    if (have_nonce) {
        PyErr_SetString(PyExc_PermissionError, "the nonce is already set");
        return NULL;
    }
    if (read_exact(fd, nonce, NONCE_BYTES) != 0) {
        PyErr_SetString(PyExc_EOFError, "no nonce");
        return NULL;
    }
    have_nonce = 1;
    Py_RETURN_NONE;
}

/* A reply: nonce, status, flags (bit 0: the collector was left off), instruction count (8 bytes, big-endian, -1 if
 * none), then the payload. */
static int reply(int fd, char status, long long count, const char *payload, size_t size) {
    unsigned char header[4 + NONCE_BYTES + 2 + 8];
    uint32_t length = (uint32_t) (NONCE_BYTES + 2 + 8 + size);
    for (int i = 0; i < 4; i++) {
        header[i] = (unsigned char) (length >> (24 - 8 * i));
    }
    memcpy(header + 4, nonce, NONCE_BYTES);
    header[4 + NONCE_BYTES] = (unsigned char) status;
    header[4 + NONCE_BYTES + 1] = (unsigned char) (collector_left_off ? 1 : 0);
    for (int i = 0; i < 8; i++) {
        header[4 + NONCE_BYTES + 2 + i] = (unsigned char) ((unsigned long long) count >> (56 - 8 * i));
    }
    if (write_exact(fd, header, sizeof header) != 0) {
        return -1;
    }
    return size == 0 ? 0 : write_exact(fd, payload, size);
}

/*
 * A plain copy of a value: builtin scalars of exact type, and tuples, lists, dicts and sets (subclasses included,
 * read from their storage, never through their methods) copied into exact builtin containers. NULL when it holds
 * anything else. No Python code runs here, so nothing of the learner's can ride along or run outside the window.
 */
static PyObject *plain_copy(PyObject *value, int depth) {
    if (depth > MAX_DEPTH) {
        return NULL;
    }
    if (value == Py_None || PyBool_Check(value) || PyLong_CheckExact(value) || PyFloat_CheckExact(value)
        || PyComplex_CheckExact(value) || PyUnicode_CheckExact(value) || PyBytes_CheckExact(value)) {
        Py_INCREF(value);
        return value;
    }
    if (PyTuple_Check(value) || PyList_Check(value)) {
        int tuple = PyTuple_Check(value);
        Py_ssize_t size = tuple ? PyTuple_GET_SIZE(value) : PyList_GET_SIZE(value);
        PyObject *copy = tuple ? PyTuple_New(size) : PyList_New(size);
        for (Py_ssize_t i = 0; copy != NULL && i < size; i++) {
            PyObject *item = plain_copy(tuple ? PyTuple_GET_ITEM(value, i) : PyList_GET_ITEM(value, i), depth + 1);
            if (item == NULL || (tuple ? PyTuple_GET_SIZE(value) : PyList_GET_SIZE(value)) != size) {
                Py_XDECREF(item);
                Py_CLEAR(copy);
                break;
            }
            if (tuple) {
                PyTuple_SET_ITEM(copy, i, item);
            } else {
                PyList_SET_ITEM(copy, i, item);
            }
        }
        return copy;
    }
    if (PyDict_Check(value)) {
        PyObject *copy = PyDict_New();
        Py_ssize_t position = 0;
        PyObject *key, *item;
        while (copy != NULL && PyDict_Next(value, &position, &key, &item)) {
            PyObject *plain_key = plain_copy(key, depth + 1);
            PyObject *plain_item = plain_key != NULL ? plain_copy(item, depth + 1) : NULL;
            if (plain_item == NULL || PyDict_SetItem(copy, plain_key, plain_item) != 0) {
                Py_CLEAR(copy);
            }
            Py_XDECREF(plain_key);
            Py_XDECREF(plain_item);
        }
        return copy;
    }
    if (PyAnySet_Check(value)) {
        PyObject *copy = PyFrozenSet_Check(value) ? PyFrozenSet_New(NULL) : PySet_New(NULL);
        Py_ssize_t position = 0;
        PyObject *key;
        Py_hash_t hash;
        while (copy != NULL && _PySet_NextEntry(value, &position, &key, &hash)) {
            PyObject *plain_key = plain_copy(key, depth + 1);
            if (plain_key == NULL || PySet_Add(copy, plain_key) != 0) {
                Py_CLEAR(copy);
            }
            Py_XDECREF(plain_key);
        }
        return copy;
    }
    return NULL;
}

/* Marshal data of a plain copy of the value, or NULL. */
static PyObject *plain_data(PyObject *value) {
    PyObject *copy = plain_copy(value, 0);
    PyObject *data = copy != NULL ? PyMarshal_WriteObjectToString(copy, Py_MARSHAL_VERSION) : NULL;
    Py_XDECREF(copy);
    PyErr_Clear();
    return data;
}

/*
 * Answers one counted call: args come as marshal data, the result goes back as marshal data. What the call returned,
 * raised or was given is never released: a finalizer of the learner's would run outside the window.
 */
static int serve_call(PyObject *callable, const char *body, size_t size, int out, int must_not_change) {
    PyObject *args = PyMarshal_ReadObjectFromString(body, (Py_ssize_t) size);
    if (args == NULL || !PyTuple_CheckExact(args)) {
        PyErr_Clear();
        return reply(out, 'P', -1, "the arguments are not a tuple", 29);
    }
    PyObject *before = plain_data(args);
    long long count;
    PyObject *result = counted_call(callable, args, &count);
    int status;
    if (result == NULL) {
        /* The exception's type name only: its message would run the learner's __str__ outside the window. */
        PyObject *type, *value, *traceback;
        PyErr_Fetch(&type, &value, &traceback);
        const char *name = type != NULL ? ((PyTypeObject *) type)->tp_name : "Exception";
        status = reply(out, 'E', count, name, strlen(name));
    } else {
        PyObject *data = plain_data(result);
        PyObject *after = must_not_change ? plain_data(args) : NULL;
        if (must_not_change
            && (before == NULL || after == NULL || PyBytes_GET_SIZE(before) != PyBytes_GET_SIZE(after)
                || memcmp(PyBytes_AS_STRING(before), PyBytes_AS_STRING(after), PyBytes_GET_SIZE(before)) != 0)) {
            status = reply(out, 'M', count, NULL, 0);
        } else if (data == NULL) {
            status = reply(out, 'X', count, NULL, 0);
        } else {
            status = reply(out, 'R', count, PyBytes_AS_STRING(data), (size_t) PyBytes_GET_SIZE(data));
        }
        Py_XDECREF(after);
        Py_XDECREF(data);
    }
    Py_XDECREF(before);
    return status;
}

/*
 * Warms the entry up: `calls` calls on fresh copies of the same arguments, in one counted window. CPython quickens a
 * function's code only after it has run several times, and quickened code executes far fewer instructions; without
 * this the first calls of every benchmark would be counted as slower than the later ones.
 */
static int serve_warm_up(PyObject *callable, int calls, const char *body, size_t size, int out) {
    if (calls < 1 || calls > 64) {
        return reply(out, 'P', -1, "bad warm-up", 11);
    }
    PyObject *argv[64];
    for (int i = 0; i < calls; i++) {
        argv[i] = PyMarshal_ReadObjectFromString(body, (Py_ssize_t) size);
        if (argv[i] == NULL || !PyTuple_CheckExact(argv[i])) {
            PyErr_Clear();
            return reply(out, 'P', -1, "the arguments are not a tuple", 29);
        }
    }
    long long count;
    PyObject *result = counted_calls(callable, argv, calls, &count);
    if (result == NULL) {
        PyObject *type, *value, *traceback;
        PyErr_Fetch(&type, &value, &traceback); /* kept, as in serve_call */
        const char *name = type != NULL ? ((PyTypeObject *) type)->tp_name : "Exception";
        return reply(out, 'E', count, name, strlen(name));
    }
    return reply(out, 'R', count, NULL, 0); /* result and arguments are kept, as in serve_call */
}

/* The learner's entry, looked up in the module's own dict: no __getattr__ or descriptor of theirs runs. */
static PyObject *entry_of(PyObject *module, PyObject *name) {
    if (!PyModule_Check(module)) {
        return NULL;
    }
    PyObject *found = PyDict_GetItemWithError(PyModule_GetDict(module), name);
    Py_XINCREF(found);
    return found;
}

/*
 * serve(importer, calibrator, entry_name, requests_fd, replies_fd): answers the supervisor until it closes the
 * channel or says quit, then ends the process at once (no Python of the learner's runs on the way out).
 * It first says 'S' (started). Requests are a 4-byte big-endian length, then: 'K' (count the calibration workload), 'I' (count the import of
 * the learner's module: importer() returns it), 'C' + marshal(args) (count one call of the entry, which must
 * leave its arguments as they were), 'c' + marshal(args) (the same for an entry meant to change them), 'W' + one
 * byte k + marshal(args) (k warm-up calls in one window), 'Q' (quit).
 */
static PyObject *py_serve(PyObject *self, PyObject *args) {
    PyObject *importer, *calibrator, *name;
    int in, out;
    if (!PyArg_ParseTuple(args, "OOUii", &importer, &calibrator, &name, &in, &out)) {
        return NULL;
    }
    if (!have_nonce || !locked_down || serving) {
        PyErr_SetString(PyExc_RuntimeError, "serve() runs once, after lock_down() and read_nonce()");
        return NULL;
    }
    serving = 1;
    Py_INCREF(importer);
    Py_INCREF(calibrator);
    Py_INCREF(name);
    PyObject *entry = NULL;
    PyGC_Disable(); /* no collection (and no finalizer of the learner's) outside the window */
    if (reply(out, 'S', -1, NULL, 0) != 0) { /* started: the supervisor's CPU clock for requests starts now */
        _exit(3);
    }
    for (;;) {
        unsigned char header[4];
        if (read_exact(in, header, 4) != 0) {
            _exit(0);
        }
        uint32_t length = ((uint32_t) header[0] << 24) | ((uint32_t) header[1] << 16) | ((uint32_t) header[2] << 8)
                          | header[3];
        if (length == 0 || length > MAX_REQUEST) {
            _exit(3);
        }
        char *body = malloc(length);
        if (body == NULL || read_exact(in, body, length) != 0) {
            _exit(3);
        }
        int status = 0;
        long long count;
        if (body[0] == 'K') {
            PyObject *empty = PyTuple_New(0);
            PyObject *result = counted_call(calibrator, empty, &count);
            status = reply(out, result != NULL ? 'R' : 'E', count, NULL, 0);
            PyErr_Clear();
            Py_XDECREF(result);
            Py_DECREF(empty);
        } else if (body[0] == 'I' && entry == NULL) {
            PyObject *empty = PyTuple_New(0);
            PyObject *module = counted_call(importer, empty, &count);
            Py_DECREF(empty);
            if (module == NULL) {
                PyObject *type, *value, *traceback;
                PyErr_Fetch(&type, &value, &traceback);
                const char *kind = type != NULL ? ((PyTypeObject *) type)->tp_name : "Exception";
                status = reply(out, 'E', count, kind, strlen(kind)); /* the exception is kept, as in serve_call */
            } else {
                entry = entry_of(module, name);
                PyErr_Clear();
                status = entry != NULL ? reply(out, 'R', count, NULL, 0) : reply(out, 'N', count, NULL, 0);
            }
        } else if (body[0] == 'W' && entry != NULL && length > 2) {
            status = serve_warm_up(entry, (unsigned char) body[1], body + 2, length - 2, out);
        } else if ((body[0] == 'C' || body[0] == 'c') && entry != NULL) {
            status = serve_call(entry, body + 1, length - 1, out, body[0] == 'C');
        } else if (body[0] == 'Q') {
            _exit(0);
        } else {
            status = reply(out, 'P', -1, "unexpected request", 18);
        }
        free(body);
        if (status != 0) {
            _exit(3);
        }
    }
}

static PyMethodDef methods[] = {
    {"configure", py_configure, METH_VARARGS, "configure(dump_base): callgrind's --callgrind-out-file"},
    {"count", py_count, METH_VARARGS, "count(callable, args) -> (result, instructions)"},
    {"on_valgrind", py_on_valgrind, METH_NOARGS, "whether this process runs under valgrind"},
    {"trim", py_trim, METH_NOARGS, "malloc_trim(0)"},
    {"make_dumpable", py_make_dumpable, METH_NOARGS, "prctl(PR_SET_DUMPABLE, 1)"},
    {"lock_down", py_lock_down, METH_VARARGS, "lock_down(roots): audit hook and seccomp filter"},
    {"read_nonce", py_read_nonce, METH_VARARGS, "read_nonce(fd): the reply nonce, kept in C"},
    {"serve", py_serve, METH_VARARGS, "serve(importer, calibrator, entry, requests_fd, replies_fd): never returns"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_pygrade_counter", NULL, -1, methods, NULL, NULL, NULL, NULL};

PyMODINIT_FUNC PyInit__pygrade_counter(void) {
    return PyModule_Create(&module);
}
