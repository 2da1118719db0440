package org.sitrep.store;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A private PostgreSQL server for tests: a fresh cluster in a temporary directory, listening only on
 * 127.0.0.1 on a free port (its unix socket inside that directory), with trust authentication, UTF8
 * and locale C, and one database {@value #DATABASE} owned by the superuser {@value #USER}.
 *
 * <p>Tests normally share one cluster per JVM through {@link #shared()}: it starts on first use and
 * stops, its directory deleted, when the JVM exits. {@link #start()} gives a cluster of one's own,
 * to {@link #close()} when done. {@link #createDatabase(String)} gives a test class an empty database
 * of its own on either.
 *
 * <p>The server binaries are looked for in the directory named by the system property
 * {@code sitrep.pg.bin} or the environment variable {@code SITREP_PG_BIN}, then through the PATH
 * (following symbolic links to the real directory), then in the newest
 * {@code /usr/lib/postgresql/VERSION/bin} (Debian, Ubuntu) or {@code /usr/pgsql-VERSION/bin}.
 *
 * <p>initdb and postgres refuse to run as root. When the JVM runs as root (as CI does), every
 * PostgreSQL command runs as an unprivileged system user instead, through {@code runuser -u USER --}
 * or, failing that, {@code setpriv}; the temporary directory is made that user's. The user is the one
 * named by {@code sitrep.pg.osUser} / {@code SITREP_PG_OS_USER}, else {@code postgres} (which
 * Debian's package creates), else {@code nobody}.
 */
public final class PostgresCluster implements AutoCloseable {

    /** The database created at start; {@link #jdbcUrl()} points at it. */
    public static final String DATABASE = "sitrep";
    /** The cluster's superuser; no password is needed (trust authentication). */
    public static final String USER = "sitrep";
    /** The only address the server listens on. */
    public static final String HOST = "127.0.0.1";

    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");
    private static final Pattern VERSION = Pattern.compile("\\d+(\\.\\d+)*");
    /** A unix socket path must fit in sun_path (108 bytes); "/sock/.s.PGSQL.65535" takes 20. */
    private static final int MAX_ROOT_LENGTH = 80;

    private static PostgresCluster shared;
    private static RuntimeException sharedFailure;

    private final Path binDir;
    private final Launcher launcher;
    private final Path root;
    private final Path data;
    private final Path log;
    private final boolean isShared;
    private int port;
    private Process postmaster; // only when started without pg_ctl
    private String serverVersion;
    private long startMillis;
    private boolean closed;

    private PostgresCluster(Path binDir, Launcher launcher, Path root, boolean isShared) {
        this.binDir = binDir;
        this.launcher = launcher;
        this.root = root;
        this.data = root.resolve("data");
        this.log = root.resolve("postgres.log");
        this.isShared = isShared;
    }

    // ---------------------------------------------------------------- starting and stopping

    /**
     * The cluster shared by all tests of this JVM, started on the first call and stopped by a
     * shutdown hook. Its {@link #close()} does nothing. If it failed to start, every later call
     * throws the same failure at once rather than trying again.
     */
    public static synchronized PostgresCluster shared() {
        if (sharedFailure != null) {
            throw sharedFailure;
        }
        if (shared == null) {
            try {
                PostgresCluster cluster = start(true);
                Runtime.getRuntime().addShutdownHook(new Thread(cluster::stop, "sitrep-postgres-stop"));
                shared = cluster;
            } catch (RuntimeException e) {
                sharedFailure = e;
                throw e;
            }
        }
        return shared;
    }

    /** A cluster of the caller's own; {@link #close()} stops it and deletes its directory. */
    public static PostgresCluster start() {
        return start(false);
    }

    private static PostgresCluster start(boolean isShared) {
        long begin = System.nanoTime();
        Path binDir = findBinaries();
        Launcher launcher;
        Path root;
        if (runningAsRoot()) {
            String osUser = unprivilegedUser();
            Prepared prepared = prepareAs(osUser, binDir);
            launcher = prepared.launcher;
            root = prepared.root;
        } else {
            launcher = Launcher.DIRECT;
            root = createRoot();
        }
        PostgresCluster cluster = new PostgresCluster(binDir, launcher, root, isShared);
        try {
            cluster.initdb();
            cluster.startServer();
            cluster.createDatabase(DATABASE);
        } catch (RuntimeException | Error e) {
            try {
                cluster.stop();
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        cluster.startMillis = (System.nanoTime() - begin) / 1_000_000;
        System.err.printf("PostgreSQL %s test cluster on %s:%d in %s started in %d ms%s%n",
                cluster.serverVersion, HOST, cluster.port, root, cluster.startMillis,
                launcher.osUser == null ? "" : " (as " + launcher.osUser + ")");
        return cluster;
    }

    /** Stops the server ({@code pg_ctl stop -m fast}) and deletes its directory; not for {@link #shared()}. */
    @Override
    public void close() {
        if (!isShared) {
            stop();
        }
    }

    private synchronized void stop() {
        if (closed) {
            return;
        }
        closed = true;
        RuntimeException failure = null;
        try {
            stopServer();
        } catch (RuntimeException e) {
            failure = e;
        }
        try {
            deleteTree(root);
        } catch (RuntimeException e) {
            if (failure == null) {
                failure = e;
            } else {
                failure.addSuppressed(e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    // ---------------------------------------------------------------- what tests use

    /** JDBC URL of the database {@value #DATABASE}. */
    public String jdbcUrl() {
        return jdbcUrl(DATABASE);
    }

    /** JDBC URL of the given database of this cluster. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + HOST + ":" + port + "/" + database;
    }

    /** The user to connect as; any password, or none, is accepted. */
    public String user() {
        return USER;
    }

    /** The password to pass where one is required: empty, since authentication is trust. */
    public String password() {
        return "";
    }

    public String host() {
        return HOST;
    }

    public int port() {
        return port;
    }

    /** The temporary directory holding the cluster: {@code data/}, {@code sock/}, {@code postgres.log}. */
    public Path directory() {
        return root;
    }

    /** The server's version, as {@code SHOW server_version} gives it. */
    public String serverVersion() {
        return serverVersion;
    }

    /** How long starting this cluster took, initdb included. */
    public long startMillis() {
        return startMillis;
    }

    /** A new connection to {@value #DATABASE}. */
    public Connection connect() throws SQLException {
        return connect(DATABASE);
    }

    /** A new connection to the given database. */
    public Connection connect(String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", USER);
        properties.setProperty("password", "");
        properties.setProperty("connectTimeout", "10");
        return DriverManager.getConnection(jdbcUrl(database), properties);
    }

    /**
     * Creates an empty database (letters, digits and underscores; a name already taken is an
     * error) and returns its JDBC URL.
     */
    public String createDatabase(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE \"" + name + "\"");
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name + ": " + e.getMessage(), e);
        }
        return jdbcUrl(name);
    }

    @Override
    public String toString() {
        return "PostgresCluster[" + HOST + ":" + port + ", " + root + "]";
    }

    // ---------------------------------------------------------------- initdb and the server

    private void initdb() {
        Result result = run(launcher.command(binDir.resolve("initdb").toString(),
                "-D", data.toString(), "-U", USER, "-A", "trust", "-E", "UTF8", "--locale=C", "-N"));
        if (result.exit != 0) {
            throw new IllegalStateException("initdb failed (exit " + result.exit + "):\n" + result.output);
        }
        String settings = String.join("\n",
                "",
                "# Added by PostgresCluster (sitrep-store tests): loopback only, socket in the cluster's own",
                "# directory, and no waiting on the disk, since the cluster is thrown away.",
                "listen_addresses = '" + HOST + "'",
                "unix_socket_directories = '" + root.resolve("sock").toString().replace("'", "''") + "'",
                "fsync = off",
                "synchronous_commit = off",
                "full_page_writes = off",
                "max_connections = 50",
                "");
        try {
            Files.writeString(data.resolve("postgresql.conf"), settings, StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + data.resolve("postgresql.conf"), e);
        }
    }

    private void startServer() {
        IllegalStateException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            port = freePort();
            try {
                if (Files.isExecutable(binDir.resolve("pg_ctl"))) {
                    Result result = run(launcher.command(binDir.resolve("pg_ctl").toString(),
                            "-D", data.toString(), "-l", log.toString(), "-w", "-t",
                            Long.toString(READY_TIMEOUT.toSeconds()), "-o", "-p " + port, "start"));
                    if (result.exit != 0) {
                        throw new IllegalStateException("pg_ctl start failed (exit " + result.exit + "):\n"
                                + result.output + "\n" + logTail());
                    }
                } else {
                    ProcessBuilder builder = new ProcessBuilder(launcher.command(
                            binDir.resolve("postgres").toString(), "-D", data.toString(), "-p", Integer.toString(port)))
                            .directory(root.toFile())
                            .redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
                    cleanEnvironment(builder);
                    postmaster = builder.start();
                }
                awaitConnections();
                return;
            } catch (IOException e) {
                throw new UncheckedIOException("could not start postgres", e);
            } catch (IllegalStateException e) {
                last = e;
                boolean portTaken = logTail().contains("could not bind") || logTail().contains("already in use");
                try {
                    stopServer();
                } catch (RuntimeException ignored) {
                    // nothing was running
                }
                if (!portTaken) {
                    throw e;
                }
            }
        }
        throw last;
    }

    private void awaitConnections() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        SQLException last = null;
        while (System.nanoTime() < deadline) {
            if (postmaster != null && !postmaster.isAlive()) {
                throw new IllegalStateException("postgres exited (" + postmaster.exitValue() + ")\n" + logTail());
            }
            try (Connection connection = connect("postgres");
                 Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SHOW server_version")) {
                rows.next();
                serverVersion = rows.getString(1);
                return;
            } catch (SQLException e) {
                last = e;
                sleep(100);
            }
        }
        throw new IllegalStateException("PostgreSQL on " + HOST + ":" + port + " accepted no connection within "
                + READY_TIMEOUT.toSeconds() + " s: " + (last == null ? "" : last.getMessage()) + "\n" + logTail());
    }

    private void stopServer() {
        if (!Files.exists(data.resolve("postmaster.pid")) && postmaster == null) {
            return; // never started
        }
        boolean stopped = false;
        String why = "";
        if (Files.isExecutable(binDir.resolve("pg_ctl")) && Files.exists(data.resolve("PG_VERSION"))) {
            Result result = run(launcher.command(binDir.resolve("pg_ctl").toString(),
                    "-D", data.toString(), "-m", "fast", "-w", "-t", "30", "stop"));
            stopped = result.exit == 0;
            why = result.output;
        }
        if (!stopped) {
            // Without pg_ctl, or pg_ctl failed: SIGINT is postgres' fast shutdown, then SIGKILL.
            Optional<ProcessHandle> server = postmasterPid().flatMap(ProcessHandle::of)
                    .filter(handle -> handle.info().command().map(c -> c.endsWith("postgres")).orElse(false))
                    .or(() -> Optional.ofNullable(postmaster).map(Process::toHandle));
            if (server.isPresent()) {
                ProcessHandle handle = server.get();
                run(List.of("kill", "-INT", Long.toString(handle.pid())));
                try {
                    handle.onExit().get(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    handle.destroyForcibly();
                }
                stopped = !handle.isAlive();
            }
        }
        if (postmaster != null) {
            try {
                if (!postmaster.waitFor(10, TimeUnit.SECONDS)) {
                    postmaster.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                postmaster.destroyForcibly();
            }
            postmaster = null;
        }
        if (!stopped && Files.exists(data.resolve("postmaster.pid"))) {
            throw new IllegalStateException("could not stop PostgreSQL in " + data + ":\n" + why);
        }
    }

    private Optional<Long> postmasterPid() {
        try {
            List<String> lines = Files.readAllLines(data.resolve("postmaster.pid"));
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return "--- " + log + " (end) ---\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no server log at " + log + ")";
        }
    }

    // ---------------------------------------------------------------- finding PostgreSQL

    static Path findBinaries() {
        String explicit = Optional.ofNullable(System.getProperty("sitrep.pg.bin"))
                .orElse(System.getenv("SITREP_PG_BIN"));
        if (explicit != null && !explicit.isBlank()) {
            Path dir = Path.of(explicit);
            if (!isServerDir(dir)) {
                throw new IllegalStateException("SITREP_PG_BIN / sitrep.pg.bin = " + explicit
                        + " holds no executable initdb and postgres");
            }
            return dir;
        }
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        for (String entry : path.split(File.pathSeparator)) {
            if (entry.isEmpty()) {
                continue;
            }
            try {
                Path initdb = Path.of(entry, "initdb");
                if (Files.isRegularFile(initdb) && Files.isExecutable(initdb)) {
                    Path dir = initdb.toRealPath().getParent();
                    if (isServerDir(dir)) {
                        return dir;
                    }
                }
            } catch (InvalidPathException | IOException e) {
                // an odd PATH entry: skip it
            }
        }
        List<Path> candidates = new ArrayList<>();
        candidates.addAll(versionedDirs(Path.of("/usr/lib/postgresql"), "", "bin"));
        candidates.addAll(versionedDirs(Path.of("/usr"), "pgsql-", "bin"));
        return candidates.stream()
                .filter(PostgresCluster::isServerDir)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "PostgreSQL server binaries (initdb, pg_ctl, postgres) were found neither in the PATH nor in"
                                + " /usr/lib/postgresql/*/bin. The store's tests start a PostgreSQL server of their"
                                + " own: install it with `apt-get install postgresql` (Debian, Ubuntu; .ci/run does"
                                + " this), or point SITREP_PG_BIN at the directory holding initdb."));
    }

    /** Subdirectories of {@code parent} named {@code prefix + VERSION}, newest version first. */
    private static List<Path> versionedDirs(Path parent, String prefix, String bin) {
        List<Path> dirs = new ArrayList<>();
        if (!Files.isDirectory(parent)) {
            return dirs;
        }
        try (DirectoryStream<Path> children = Files.newDirectoryStream(parent, prefix + "*")) {
            for (Path child : children) {
                String version = child.getFileName().toString().substring(prefix.length());
                if (VERSION.matcher(version).matches()) {
                    dirs.add(child.resolve(bin));
                }
            }
        } catch (IOException e) {
            return dirs;
        }
        dirs.sort(Comparator.comparing(
                (Path dir) -> versionOf(dir.getParent().getFileName().toString().substring(prefix.length())),
                PostgresCluster::compareVersions).reversed());
        return dirs;
    }

    private static int[] versionOf(String text) {
        return Arrays.stream(text.split("\\.")).mapToInt(Integer::parseInt).toArray();
    }

    private static int compareVersions(int[] a, int[] b) {
        return Arrays.compare(a, b);
    }

    private static boolean isServerDir(Path dir) {
        return Files.isExecutable(dir.resolve("initdb")) && Files.isExecutable(dir.resolve("postgres"));
    }

    // ---------------------------------------------------------------- running as another user

    /** How PostgreSQL's commands are run: directly, or through runuser / setpriv as {@code osUser}. */
    private record Launcher(List<String> prefix, String osUser) {
        static final Launcher DIRECT = new Launcher(List.of(), null);

        List<String> command(String... command) {
            List<String> all = new ArrayList<>(prefix);
            all.addAll(List.of(command));
            return all;
        }
    }

    private record Prepared(Launcher launcher, Path root) {
    }

    static boolean runningAsRoot() {
        try {
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (Exception e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static String unprivilegedUser() {
        String explicit = Optional.ofNullable(System.getProperty("sitrep.pg.osUser"))
                .orElse(System.getenv("SITREP_PG_OS_USER"));
        List<String> candidates = explicit != null && !explicit.isBlank()
                ? List.of(explicit) : List.of("postgres", "nobody");
        for (String candidate : candidates) {
            if (exec(List.of("id", "-u", candidate), null).exit == 0) {
                return candidate;
            }
        }
        throw new IllegalStateException("running as root, and initdb and postgres refuse to; none of the users "
                + candidates + " exists to run them as (set SITREP_PG_OS_USER to an unprivileged user)");
    }

    /**
     * Makes the cluster's directory {@code osUser}'s and finds a way to run commands as that user
     * that can write there: runuser, else setpriv; in java.io.tmpdir, else /tmp (whose parents
     * anyone may pass through, where java.io.tmpdir's may not).
     */
    private static Prepared prepareAs(String osUser, Path binDir) {
        List<Launcher> launchers = new ArrayList<>();
        if (findExecutable("runuser").isPresent()) {
            launchers.add(new Launcher(List.of(findExecutable("runuser").get().toString(), "-u", osUser, "--"), osUser));
        }
        if (findExecutable("setpriv").isPresent()) {
            String uid = exec(List.of("id", "-u", osUser), null).output.trim();
            String gid = exec(List.of("id", "-g", osUser), null).output.trim();
            launchers.add(new Launcher(List.of(findExecutable("setpriv").get().toString(),
                    "--reuid=" + uid, "--regid=" + gid, "--clear-groups", "--"), osUser));
        }
        if (launchers.isEmpty()) {
            throw new IllegalStateException("running as root, and initdb and postgres refuse to; found neither"
                    + " runuser nor setpriv (util-linux) to run them as " + osUser);
        }
        StringBuilder tried = new StringBuilder();
        for (Path base : tempBases()) {
            Path root = createRoot(base);
            Result chown = exec(List.of("chown", "-R", osUser + ":", root.toString()), null);
            if (chown.exit != 0) {
                deleteTree(root);
                tried.append("\n  chown ").append(osUser).append(' ').append(root).append(": ").append(chown.output);
                continue;
            }
            for (Launcher launcher : launchers) {
                Result probe = exec(launcher.command("/bin/sh", "-c", "test -w \"$1\" && test -x \"$2\"", "sh",
                        root.toString(), binDir.resolve("postgres").toString()), root);
                if (probe.exit == 0) {
                    return new Prepared(launcher, root);
                }
                tried.append("\n  ").append(String.join(" ", launcher.prefix)).append(" in ").append(base)
                        .append(": exit ").append(probe.exit).append(' ').append(probe.output.trim());
            }
            deleteTree(root);
        }
        throw new IllegalStateException("running as root, and initdb and postgres refuse to; could not run them as "
                + osUser + " in a directory of theirs. Tried:" + tried);
    }

    private static Optional<Path> findExecutable(String name) {
        Set<String> dirs = new LinkedHashSet<>(List.of(
                Optional.ofNullable(System.getenv("PATH")).orElse("").split(File.pathSeparator)));
        dirs.addAll(List.of("/usr/sbin", "/sbin", "/usr/bin", "/bin"));
        for (String dir : dirs) {
            if (dir.isEmpty()) {
                continue;
            }
            try {
                Path candidate = Path.of(dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            } catch (InvalidPathException e) {
                // skip
            }
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- files, ports, processes

    private static List<Path> tempBases() {
        Set<Path> bases = new LinkedHashSet<>();
        Path tmpdir = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        if (tmpdir.toString().length() < MAX_ROOT_LENGTH - 20) {
            bases.add(tmpdir);
        }
        bases.add(Path.of("/tmp"));
        return new ArrayList<>(bases);
    }

    private static Path createRoot() {
        return createRoot(tempBases().get(0));
    }

    private static Path createRoot(Path base) {
        try {
            Path root = Files.createTempDirectory(base, "sitrep-pg-");
            Files.createDirectory(root.resolve("sock"));
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a temporary directory in " + base, e);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + root, e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("could not find a free port on " + HOST, e);
        }
    }

    private record Result(int exit, String output) {
    }

    private Result run(List<String> command) {
        return exec(command, root);
    }

    /** Runs a command to its end, its output (stdout and stderr) kept in a file so no pipe can hang. */
    private static Result exec(List<String> command, Path workDir) {
        Path output = null;
        try {
            output = Files.createTempFile("sitrep-pg-", ".out");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            if (workDir != null && Files.isDirectory(workDir)) {
                builder.directory(workDir.toFile());
            }
            cleanEnvironment(builder);
            Process process = builder.start();
            if (!process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out after " + COMMAND_TIMEOUT.toSeconds() + " s: " + command);
            }
            return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Result(-1, "could not run " + command + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        } finally {
            if (output != null) {
                try {
                    Files.deleteIfExists(output);
                } catch (IOException ignored) {
                    // a temporary file left behind
                }
            }
        }
    }

    /** The client's PG* variables (PGHOST, PGPORT, PGDATA ...) must not steer the test cluster. */
    private static void cleanEnvironment(ProcessBuilder builder) {
        builder.environment().keySet().removeIf(key -> key.startsWith("PG"));
        builder.environment().put("LC_ALL", "C");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for PostgreSQL", e);
        }
    }
}
