package dev.iamkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iamkit.core.arn.AccountId;
import dev.iamkit.core.credentials.AccessKeyStatus;
import dev.iamkit.core.credentials.PasswordPolicy;
import dev.iamkit.core.credentials.TemporaryCredentials;
import dev.iamkit.core.credentials.Totp;
import dev.iamkit.core.directory.Account;
import dev.iamkit.core.directory.Directory;
import dev.iamkit.core.directory.Iam;
import dev.iamkit.core.eval.Evaluation;
import dev.iamkit.core.identity.Session;
import dev.iamkit.core.identity.User;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.sts.AssumeRoleRequest;
import dev.iamkit.core.sts.AssumeRoleResult;
import dev.iamkit.core.sts.GetSessionTokenRequest;
import dev.iamkit.core.sts.GetSessionTokenResult;
import dev.iamkit.json.PolicyReader;
import dev.iamkit.json.Scenario;
import dev.iamkit.json.ScenarioReader;
import dev.iamkit.json.ScenarioReport;
import dev.iamkit.json.ScenarioReportWriter;
import dev.iamkit.json.WorldReader;
import dev.iamkit.json.WorldWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 §6: no secret reaches an output. Users, console passwords, access keys, MFA devices and sessions
 * are created with known secret values, through the {@link Iam} service and {@link Directory.Builder} and
 * through a world file read by {@link WorldReader}; then every {@code toString}, every exception message (and
 * stack trace) that can be provoked, every log record, the export without secrets
 * ({@link WorldWriter#standard()}), scenario reports ({@link ScenarioReportWriter}) and the output of
 * {@code iam scenario} (text and JSON, with failing steps and with malformed files) are collected, and none
 * may contain a password, a secret access key, a session token, an MFA seed (base32, hex or base64) or a
 * password hash.
 */
class SecretsInOutputTest {
  private static final AccountId A = AccountId.parse("111122223333");
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  private static final String PASSWORD = "Alice-Pa55word!Kn0wn";
  private static final String WRONG_PASSWORD = "Alice-Pa55word!Wr0ng";
  private static final String ROOT_PASSWORD = "Root-Pa55word!Kn0wn";
  private static final String BOB_PASSWORD = "Bob-Pa55word!Kn0wn";
  private static final String SECRET_KEY = "Kn0wnSecretAccessKey/wJalrXUtnFEMIK7MDENG";
  private static final String WRONG_SECRET_KEY = "Wr0ngSecretAccessKey/wJalrXUtnFEMIK7MDENG";
  private static final String ROOT_SECRET_KEY = "Kn0wnRootSecretKey/bPxRfiCYEXAMPLEKEYxyz12";
  private static final String KEY_ID = "AKIAKNOWNKEY0000001";
  private static final String ROOT_KEY_ID = "AKIAKNOWNROOTKEY0001";
  private static final byte[] SEED_BYTES = "iamkit-known-seed-20".getBytes(StandardCharsets.US_ASCII);
  private static final String SEED = Totp.encodeBase32(SEED_BYTES);
  private static final byte[] BOB_SEED_BYTES = "iamkit-bob-seed-0020".getBytes(StandardCharsets.US_ASCII);
  private static final String BOB_SEED = Totp.encodeBase32(BOB_SEED_BYTES);
  private static final String SERIAL = "arn:aws:iam::111122223333:mfa/alice";
  private static final String TRUST = """
      {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
        "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "sts:AssumeRole"}]}""";
  private static final String READ = """
      {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["s3:GetObject", "sts:*"],
        "Resource": "*"}]}""";

  /** Every output collected, by label. */
  private final Map<String, String> outputs = new LinkedHashMap<>();
  /** Every secret that may not appear, by label (generated ones are added as they are created). */
  private final Map<String, String> secrets = new LinkedHashMap<>();

  private final List<String> logLines = new ArrayList<>();
  private final Handler logHandler = new Handler() {
    @Override
    public void publish(LogRecord r) {
      synchronized (logLines) {
        logLines.add(r.getLoggerName() + " " + r.getLevel() + " " + r.getMessage() + " "
            + (r.getParameters() == null ? "" : List.of(r.getParameters())) + " "
            + (r.getThrown() == null ? "" : stackTrace(r.getThrown())));
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  private Level rootLevel = Level.INFO;
  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
  private PrintStream savedOut = System.out;
  private PrintStream savedErr = System.err;

  @TempDir Path dir;

  @BeforeEach
  void captureLogsAndConsole() {
    Logger root = Logger.getLogger("");
    rootLevel = root.getLevel();
    root.setLevel(Level.ALL);
    logHandler.setLevel(Level.ALL);
    root.addHandler(logHandler);
    savedOut = System.out;
    savedErr = System.err;
    System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
    for (String s : List.of(PASSWORD, WRONG_PASSWORD, ROOT_PASSWORD, BOB_PASSWORD, SECRET_KEY, WRONG_SECRET_KEY,
        ROOT_SECRET_KEY)) {
      secrets.put(s, s);
    }
    seed("alice's MFA seed", SEED, SEED_BYTES);
    seed("bob's MFA seed", BOB_SEED, BOB_SEED_BYTES);
  }

  @AfterEach
  void restore() {
    Logger root = Logger.getLogger("");
    root.removeHandler(logHandler);
    root.setLevel(rootLevel);
    System.setOut(savedOut);
    System.setErr(savedErr);
  }

  private void seed(String label, String base32, byte[] bytes) {
    secrets.put(label + " (base32)", base32);
    secrets.put(label + " (base32, lower case)", base32.toLowerCase(Locale.ROOT));
    secrets.put(label + " (hex)", HexFormat.of().formatHex(bytes));
    secrets.put(label + " (HEX)", HexFormat.of().withUpperCase().formatHex(bytes));
    secrets.put(label + " (base64)", Base64.getEncoder().encodeToString(bytes));
    secrets.put(label + " (text)", new String(bytes, StandardCharsets.US_ASCII));
  }

  @Test
  @DisplayName("§6: secrets created through the Iam service appear in no toString, exception or log line")
  void the_service_never_shows_a_secret() {
    MutableClock clock = new MutableClock(START);
    Iam iam = Iam.builder().clock(clock).random(seeded()).passwordHashIterations(1_000).build();
    Policy trust = PolicyReader.standard().read(TRUST);
    Policy read = PolicyReader.standard().read(READ);
    iam.update(d -> d.createAccount(A).rootPassword(A, ROOT_PASSWORD)
        .importRootAccessKey(A, ROOT_KEY_ID, ROOT_SECRET_KEY, AccessKeyStatus.ACTIVE)
        .createUser(A, "/", "alice").importLoginProfile(A, "alice", PASSWORD)
        .importAccessKey(A, "alice", KEY_ID, SECRET_KEY, AccessKeyStatus.ACTIVE)
        .importMfaDevice(A, "alice", SERIAL, SEED)
        .createRole(A, "/", "Deployer", trust));
    iam.putUserPolicy(A, "alice", "Read", read);
    iam.putRolePolicy(A, "Deployer", "Read", read);
    iam.createUser(A, "/", "bob");
    iam.createLoginProfile(A, "bob", BOB_PASSWORD, false);
    Totp bobTotp = Totp.fromBase32(BOB_SEED);
    long step = bobTotp.counter(clock.instant());
    iam.enableMfaDevice(A, "bob", "arn:aws:iam::111122223333:mfa/bob", BOB_SEED, bobTotp.codeAt(step - 1),
        bobTotp.codeAt(step));
    var generated = iam.createAccessKey(A, "bob");
    secrets.put("bob's generated secret access key", generated.secretAccessKey().reveal());
    Directory d = iam.directory();
    User alice = d.user(A, "alice").orElseThrow();
    secrets.put("alice's password hash", alice.loginProfile().orElseThrow().passwordHash().encoded());
    Account account = d.account(A).orElseThrow();
    secrets.put("root password hash", account.root().loginProfile().orElseThrow().passwordHash().encoded());

    String code = Totp.fromBase32(SEED).code(clock.instant());
    Session console = iam.signIn(A, "alice", PASSWORD, code);
    Session keys = iam.authenticate(KEY_ID, SECRET_KEY);
    Session root = iam.signInRoot(A, ROOT_PASSWORD);
    Session rootKeys = iam.authenticate(ROOT_KEY_ID, ROOT_SECRET_KEY);
    GetSessionTokenRequest gstRequest = GetSessionTokenRequest.of().withMfa(SERIAL, code);
    GetSessionTokenResult gst = iam.getSessionToken(keys, gstRequest);
    temporary("GetSessionToken", gst.credentials());
    AssumeRoleRequest arRequest = AssumeRoleRequest.builder("arn:aws:iam::111122223333:role/Deployer", "deploy")
        .mfa(SERIAL, code).build();
    AssumeRoleResult ar = iam.assumeRole(keys, arRequest);
    temporary("AssumeRole", ar.credentials());
    TemporaryCredentials t = ar.credentials();
    Session roleSession = iam.authenticate(t.accessKeyId(), t.secretAccessKey().reveal(), t.sessionToken().reveal());
    Evaluation allowed = iam.authorize(roleSession, "s3:GetObject", "arn:aws:s3:::b/k", Map.of());
    Evaluation denied = iam.authorize(console, "s3:PutObject", "arn:aws:s3:::b/k", Map.of());

    List<Object> values = List.of(iam, d, account, account.root(), alice, alice.loginProfile().orElseThrow(),
        alice.accessKeys().get(0), alice.mfaDevices().get(0), d.user(A, "bob").orElseThrow(), generated,
        console, keys, root, rootKeys, gstRequest, gst, gst.credentials(), gst.session(), arRequest, ar,
        ar.credentials(), ar.session(), roleSession, allowed, denied, Totp.fromBase32(SEED),
        alice.loginProfile().orElseThrow().passwordHash(), alice.accessKeys().get(0).secretAccessKey(),
        console.principal(), allowed.decision(), d.role(A, "Deployer").orElseThrow());
    for (Object v : values) {
      outputs.put("toString of " + v.getClass().getSimpleName(), String.valueOf(v));
    }

    // every refusal the secrets can provoke
    String wrongCode = code.equals("000000") ? "111111" : "000000";
    thrown("signIn with a wrong password", () -> iam.signIn(A, "alice", WRONG_PASSWORD, code));
    thrown("signIn without MFA", () -> iam.signIn(A, "alice", PASSWORD));
    thrown("signIn with a wrong MFA code", () -> iam.signIn(A, "alice", PASSWORD, wrongCode));
    thrown("signIn of an unknown user", () -> iam.signIn(A, "nobody", PASSWORD));
    thrown("signInRoot with a wrong password", () -> iam.signInRoot(A, PASSWORD));
    thrown("authenticate with a wrong secret", () -> iam.authenticate(KEY_ID, WRONG_SECRET_KEY));
    thrown("authenticate with an unknown key", () -> iam.authenticate("AKIAUNKNOWNKEY000001", SECRET_KEY));
    thrown("authenticate with the key as the secret", () -> iam.authenticate(SECRET_KEY, SECRET_KEY));
    thrown("authenticate a temporary key without its token",
        () -> iam.authenticate(t.accessKeyId(), t.secretAccessKey().reveal()));
    thrown("authenticate a temporary key with a wrong token",
        () -> iam.authenticate(t.accessKeyId(), t.secretAccessKey().reveal(), SECRET_KEY));
    thrown("authenticate a temporary key with a wrong secret",
        () -> iam.authenticate(t.accessKeyId(), WRONG_SECRET_KEY, t.sessionToken().reveal()));
    thrown("getSessionToken with a wrong MFA code",
        () -> iam.getSessionToken(keys, GetSessionTokenRequest.of().withMfa(SERIAL, wrongCode)));
    thrown("getSessionToken with temporary credentials", () -> iam.getSessionToken(roleSession,
        GetSessionTokenRequest.of()));
    thrown("assumeRole with a wrong MFA code", () -> iam.assumeRole(keys,
        AssumeRoleRequest.builder("arn:aws:iam::111122223333:role/Deployer", "d").mfa(SERIAL, wrongCode).build()));
    thrown("createLoginProfile twice", () -> iam.createLoginProfile(A, "alice", PASSWORD, false));
    iam.updateAccountPasswordPolicy(A, PasswordPolicy.ofMinimumLength(30));
    thrown("a password the policy refuses", () -> iam.updateLoginProfile(A, "alice", WRONG_PASSWORD, false));
    thrown("a password too long", () -> iam.updateLoginProfile(A, "alice", PASSWORD.repeat(7), false));
    thrown("a password with a control character",
        () -> iam.updateLoginProfile(A, "alice", PASSWORD + "\u0000" + PASSWORD, false));
    thrown("an access key id in use", () -> iam.update(b -> b.importAccessKey(A, "bob", KEY_ID, SECRET_KEY,
        AccessKeyStatus.ACTIVE)));
    attempt("a secret access key with a control character", () -> iam.update(b -> b.importAccessKey(A, "bob",
        "AKIAKNOWNKEY0000009", SECRET_KEY + "\n", AccessKeyStatus.ACTIVE)));
    thrown("an MFA seed that is not base32", () -> iam.update(b -> b.importMfaDevice(A, "bob",
        "arn:aws:iam::111122223333:mfa/bob2", SEED + "!")));
    thrown("an MFA seed with a control character", () -> iam.update(b -> b.importMfaDevice(A, "bob",
        "arn:aws:iam::111122223333:mfa/bob2", SEED + "\u0001")));
    thrown("enableMfaDevice with wrong codes", () -> iam.enableMfaDevice(A, "alice",
        "arn:aws:iam::111122223333:mfa/alice2", SEED, wrongCode, wrongCode));
    thrown("a TOTP from a seed that is not base32", () -> Totp.fromBase32(SEED + "1"));
    clock.advance(Duration.ofHours(13));
    thrown("an expired token", () -> iam.authenticate(t.accessKeyId(), t.secretAccessKey().reveal(),
        t.sessionToken().reveal()));
    thrown("an expired session authorizing", () -> iam.authorize(roleSession, "s3:GetObject", "*", Map.of()));

    assertNoSecret();
  }

  @Test
  @DisplayName("§6: a world with secrets, its export, its errors and its scenarios show no secret")
  void worlds_scenarios_and_the_cli_never_show_a_secret() throws IOException {
    String world = world(PASSWORD, SECRET_KEY, SEED);
    WorldReader reader = WorldReader.of(Clock.fixed(START, ZoneOffset.UTC), seeded(), 1_000);
    Directory d = reader.read(world, "world.json");
    User alice = d.user(A, "alice").orElseThrow();
    assertThat(alice.accessKeys().get(0).secretAccessKey().matches(SECRET_KEY)).isTrue();
    assertThat(alice.loginProfile().orElseThrow().passwordHash().matches(PASSWORD)).isTrue();
    secrets.put("alice's password hash", alice.loginProfile().orElseThrow().passwordHash().encoded());
    outputs.put("toString of the world", d.toString());
    outputs.put("toString of alice", alice.toString());
    outputs.put("toString of the reader", reader.toString());
    outputs.put("WorldWriter.standard()", WorldWriter.standard().write(d));
    assertThat(WorldWriter.withSecrets().write(d)).contains(SECRET_KEY, SEED); // the one export that may

    // malformed worlds that hold the secrets: the error names the place, never the value
    thrown("a world whose password has a control character",
        () -> reader.read(world(PASSWORD + "\\u0000", SECRET_KEY, SEED), "w.json"));
    thrown("a world whose password is too long",
        () -> reader.read(world(PASSWORD.repeat(7), SECRET_KEY, SEED), "w.json"));
    attempt("a world whose secret key has a control character",
        () -> reader.read(world(PASSWORD, SECRET_KEY + "\\n", SEED), "w.json"));
    thrown("a world whose MFA seed is not base32", () -> reader.read(world(PASSWORD, SECRET_KEY, SEED + "!"), "w.json"));
    attempt("a world whose MFA seed is lower case", () -> reader.read(world(PASSWORD, SECRET_KEY,
        SEED.toLowerCase(Locale.ROOT)), "w.json"));
    thrown("a world whose MFA seed has a lone surrogate",
        () -> reader.read(world(PASSWORD, SECRET_KEY, SEED + "\\ud800"), "w.json"));
    thrown("a world whose password is a number",
        () -> reader.read(world(PASSWORD, SECRET_KEY, SEED).replace('"' + PASSWORD + '"', "12345"), "w.json"));
    thrown("a world cut inside the secret key",
        () -> reader.read(world.substring(0, world.indexOf(SECRET_KEY) + SECRET_KEY.length()), "w.json"));
    thrown("a world with a bad escape in the secret key",
        () -> reader.read(world(PASSWORD, SECRET_KEY + "\\x", SEED), "w.json"));
    thrown("a world with a bad escape in the password",
        () -> reader.read(world(PASSWORD + "\\q", SECRET_KEY, SEED), "w.json"));
    thrown("a world whose access key id is the secret", () -> reader.read(world(PASSWORD, SECRET_KEY, SEED)
        .replace("\"" + KEY_ID + "\"", "\"" + SECRET_KEY + "\""), "w.json"));
    // (a member name is no place for a secret: an unknown member is named, so that a typo can be found)

    // a scenario over that world, with steps that fail
    String scenarioText = scenario(world);
    Path file = dir.resolve("secrets.scenario.json");
    Files.writeString(file, scenarioText);
    Scenario scenario = ScenarioReader.standard().read(file);
    ScenarioReport report = scenario.run();
    assertThat(report.failed()).as(report.toString()).isEqualTo(4);
    outputs.put("toString of the scenario", scenario.toString());
    outputs.put("toString of the scenario's steps", scenario.steps().toString());
    outputs.put("toString of the report", report.toString());
    outputs.put("ScenarioReportWriter JSON", ScenarioReportWriter.standard().toJson(List.of(report)));
    cli("iam scenario", 1, "scenario", file.toString());
    cli("iam scenario --output json", 1, "scenario", "--output", "json", file.toString());
    // the world as a file next to the scenario
    Files.writeString(dir.resolve("world.json"), world);
    Path byPath = dir.resolve("by-path.scenario.json");
    Files.writeString(byPath, scenarioText.replace(world, "\"world.json\""));
    cli("iam scenario, world by path", 1, "scenario", byPath.toString());

    // malformed scenarios and worlds that hold the secrets
    for (Map.Entry<String, String> bad : Map.of(
        "a scenario cut inside the secret key", scenarioText.substring(0, scenarioText.lastIndexOf(SECRET_KEY) + 10),
        "a scenario whose step password is a number", scenarioText.replace("\"password\": \"" + WRONG_PASSWORD + "\"",
            "\"password\": 1"),
        "a scenario with a control character in the password", scenarioText.replace(WRONG_PASSWORD,
            WRONG_PASSWORD + "\u0001"),
        "a scenario whose world has a bad seed", scenarioText.replace("\"" + SEED + "\"", "\"" + SEED + "!\""),
        "a scenario whose world password is too long", scenarioText.replace("\"password\": \"" + PASSWORD + "\"",
            "\"password\": \"" + PASSWORD.repeat(7) + "\"")).entrySet()) {
      Path f = dir.resolve("bad.scenario.json");
      Files.writeString(f, bad.getValue());
      thrown(bad.getKey() + " (ScenarioReader)", () -> ScenarioReader.standard().read(f));
      cli(bad.getKey() + " (iam scenario)", 2, "scenario", f.toString());
      cli(bad.getKey() + " (iam scenario --output json)", 2, "scenario", "--output", "json", f.toString());
    }
    Path swapped = dir.resolve("swapped.scenario.json");
    Files.writeString(swapped, scenarioText.replace("\"accessKeyId\": \"" + KEY_ID, "\"accessKeyId\": \"" + SECRET_KEY));
    cli("a scenario whose access key id is the secret key (iam scenario)", 1, "scenario", swapped.toString());
    cli("a scenario whose access key id is the secret key (iam scenario --output json)", 1, "scenario", "--output",
        "json", swapped.toString());
    Path badWorld = dir.resolve("world.json");
    Files.writeString(badWorld, world(PASSWORD, SECRET_KEY + "\\x", SEED));
    cli("a world file with a bad secret (iam scenario)", 2, "scenario", byPath.toString());

    assertNoSecret();
  }

  /** A world with alice (password, access key, MFA seed), a role she may assume, and a read policy. */
  private static String world(String password, String secretKey, String seed) {
    return """
        {"accounts": {"111122223333": {
          "root": {"password": "%s"},
          "users": {"alice": {"password": "%s",
            "accessKeys": [{"id": "%s", "secret": "%s", "status": "Active"}],
            "mfa": {"secret": "%s"}, "inline": {"Read": %s}}},
          "roles": {"Deployer": {"trust": %s, "inline": {"Read": %s}}}
        }}}""".formatted(ROOT_PASSWORD, password, KEY_ID, secretKey, seed, READ, TRUST, READ);
  }

  /** A scenario over {@code world}: every credential used well and badly; four steps fail. */
  private static String scenario(String world) {
    return """
        {"world": %s,
         "steps": [
          {"signIn": {"account": "111122223333", "user": "alice", "password": "%s", "mfaCode": "valid"}, "as": "console"},
          {"signIn": {"account": "111122223333", "user": "alice", "password": "%s", "mfaCode": "valid"}, "expect": "allow"},
          {"signIn": {"account": "111122223333", "user": "alice", "password": "%s", "mfaCode": "000000"}, "expect": "allow"},
          {"authenticate": {"accessKeyId": "%s", "secretAccessKey": "%s"}, "as": "keys"},
          {"authenticate": {"accessKeyId": "%s", "secretAccessKey": "%s"}, "expect": "allow"},
          {"getSessionToken": {"caller": "keys", "mfaCode": "valid"}, "as": "mfa"},
          {"assumeRole": {"caller": "keys", "roleArn": "arn:aws:iam::111122223333:role/Deployer",
                          "roleSessionName": "deploy"}, "as": "deployer"},
          {"authorize": {"caller": "deployer", "action": "s3:GetObject", "resource": "arn:aws:s3:::b/k"}, "expect": "allow"},
          {"advanceClock": "PT13H"},
          {"authenticate": {"credentialsOf": "deployer"}, "expect": "allow"},
          {"authenticate": {"credentialsOf": "mfa"}, "expect": "ExpiredToken"}
         ]}""".formatted(world, PASSWORD, WRONG_PASSWORD, PASSWORD, KEY_ID, SECRET_KEY, KEY_ID, WRONG_SECRET_KEY);
  }

  private void temporary(String label, TemporaryCredentials c) {
    secrets.put(label + " secret access key", c.secretAccessKey().reveal());
    secrets.put(label + " session token", c.sessionToken().reveal());
  }

  private void thrown(String label, Runnable call) {
    assertThatThrownBy(call::run).as(label).isInstanceOf(RuntimeException.class)
        .satisfies(e -> outputs.put(label, e.getMessage() + "\n" + e + "\n" + stackTrace(e)));
  }

  /** Like {@link #thrown} for a call that may also succeed (AWS's rules do not settle it). */
  private void attempt(String label, Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      outputs.put(label, e.getMessage() + "\n" + e + "\n" + stackTrace(e));
    }
  }

  private void cli(String label, int status, String... args) {
    Cli.Result r = Cli.run(args);
    outputs.put(label, r.toString());
    assertThat(r.status()).as(label + "\n" + r).isEqualTo(status);
    assertThat(r.out() + r.err()).as(label).isNotBlank();
  }

  private void assertNoSecret() {
    synchronized (logLines) {
      outputs.put("log records", String.join("\n", logLines));
    }
    outputs.put("System.out", stdout.toString(StandardCharsets.UTF_8));
    outputs.put("System.err", stderr.toString(StandardCharsets.UTF_8));
    List<String> leaks = new ArrayList<>();
    for (Map.Entry<String, String> output : outputs.entrySet()) {
      for (Map.Entry<String, String> secret : secrets.entrySet()) {
        if (output.getValue().contains(secret.getValue())) {
          leaks.add(output.getKey() + " shows " + secret.getKey() + ":\n" + output.getValue());
        }
      }
    }
    assertThat(leaks).as("outputs checked: %s", outputs.keySet()).isEmpty();
    assertThat(outputs).hasSizeGreaterThan(20);
  }

  private static String stackTrace(Throwable e) {
    StringWriter s = new StringWriter();
    e.printStackTrace(new PrintWriter(s));
    return s.toString();
  }

  private static SecureRandom seeded() {
    try {
      SecureRandom r = SecureRandom.getInstance("SHA1PRNG");
      r.setSeed(11L);
      return r;
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  /** A clock that stands still until advanced (iam-json's scenario clock is not exported). */
  private static final class MutableClock extends Clock {
    private volatile Instant now;

    MutableClock(Instant start) {
      this.now = start;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
