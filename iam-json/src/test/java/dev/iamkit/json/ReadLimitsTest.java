package dev.iamkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.core.policy.PolicyValidator;
import dev.iamkit.core.policy.ProblemCode;
import dev.iamkit.core.policy.SizeLimit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 11 §3, "Limits that hold": every reader (policy, simulation, world, scenario) holds its input to the same
 * {@link ReadLimits}; for each limit a document exactly at the limit reads, and one past it is refused with a
 * positioned {@link PolicyParseException} naming the limit and how to raise it.
 */
class ReadLimitsTest {
  /**
   * A valid policy whose measures are known and whose maxima each occur once: depth 6 (at the condition's value
   * array), longest string 37 characters (Resource of statement 0), 5 members (statement 0), longest array 3
   * (Action of statement 0), 2 statements.
   */
  static final String POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":["
      + "{\"Sid\":\"Read\",\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject\",\"s3:PutObject\",\"s3:ListBucket\"],"
      + "\"Resource\":\"arn:aws:s3:::example-bucket/reports/*\","
      + "\"Condition\":{\"StringEquals\":{\"aws:PrincipalTag/team\":[\"blue\",\"green\"]}}},"
      + "{\"Effect\":\"Deny\",\"Action\":\"s3:DeleteObject\",\"Resource\":\"*\"}]}";
  static final int POLICY_DEPTH = 6;
  static final int LONGEST_STRING = "arn:aws:s3:::example-bucket/reports/*".length();
  static final int MOST_MEMBERS = 5;
  static final int LONGEST_ARRAY = 3;

  static final String REQUEST = "{\"id\":\"r\",\"principal\":\"arn:aws:iam::111122223333:user/alice\","
      + "\"action\":\"s3:GetObject\",\"resource\":\"arn:aws:s3:::example-bucket/a\"}";

  static String simulation(int requests) {
    return "{\"policies\":{\"identity\":[" + POLICY + "]},\"requests\":["
        + String.join(",", java.util.Collections.nCopies(requests, REQUEST)) + "]}";
  }

  static final String WORLD = "{\"accounts\":{\"111122223333\":{\"policies\":{\"Reader\":" + POLICY + "},"
      + "\"users\":{\"alice\":{\"policies\":[\"Reader\"]}}}}}";
  /** The account, its policy and its user. */
  static final int WORLD_ENTITIES = 3;

  static String scenario(int steps) {
    return "{\"world\":" + WORLD + ",\"steps\":["
        + String.join(",", java.util.Collections.nCopies(steps, "{\"advanceClock\":\"PT1H\"}")) + "]}";
  }

  /** One reader under test: reads a text with given limits, throwing {@link PolicyParseException}. */
  record Reader(String name, String text, String policyPointer, int extraDepth, BiConsumer<ReadLimits, String> read) {
    @Override
    public String toString() {
      return name;
    }
  }

  static final Reader POLICY_READER = new Reader("PolicyReader", POLICY, "", 0,
      (limits, text) -> PolicyReader.builder().limits(limits).build().read(text));
  static final Reader SIMULATION_READER = new Reader("SimulationReader", simulation(1), "/policies/identity/0", 3,
      (limits, text) -> SimulationReader.standard().withLimits(limits).read(text, "limits.sim.json"));
  static final Reader WORLD_READER = new Reader("WorldReader", WORLD, "/accounts/111122223333/policies/Reader", 4,
      (limits, text) -> WorldReader.standard().withLimits(limits).read(text, "limits.world.json"));
  static final Reader SCENARIO_READER = new Reader("ScenarioReader", scenario(1),
      "/world/accounts/111122223333/policies/Reader", 5,
      (limits, text) -> ScenarioReader.standard().withLimits(limits).read(text, "limits.scenario.json", null));

  static final List<Reader> READERS = List.of(POLICY_READER, SIMULATION_READER, WORLD_READER, SCENARIO_READER);

  /** A limit of the policy inside every file: how to set it, the value the document meets, where it breaks. */
  record Limit(String name, java.util.function.BiFunction<ReadLimits.Builder, Integer, ReadLimits.Builder> set, int atLimit, String pastPointer, ProblemCode code) {}

  static final List<Limit> POLICY_LIMITS = List.of(
      new Limit("maxDepth", ReadLimits.Builder::maxDepth, POLICY_DEPTH,
          "/Statement/0/Condition/StringEquals/aws:PrincipalTag~1team", ProblemCode.NESTING_TOO_DEEP),
      new Limit("maxStringChars", ReadLimits.Builder::maxStringChars, LONGEST_STRING,
          "/Statement/0/Resource", ProblemCode.DOCUMENT_TOO_LARGE),
      new Limit("maxMembers", ReadLimits.Builder::maxMembers, MOST_MEMBERS, "/Statement/0/Condition",
          ProblemCode.DOCUMENT_TOO_LARGE),
      new Limit("maxElements", ReadLimits.Builder::maxElements, LONGEST_ARRAY, "/Statement/0/Action/2",
          ProblemCode.DOCUMENT_TOO_LARGE),
      new Limit("maxStatements", ReadLimits.Builder::maxStatements, 2, "/Statement/1",
          ProblemCode.DOCUMENT_TOO_LARGE),
      new Limit("maxValues", ReadLimits.Builder::maxValues, LONGEST_ARRAY, "/Statement/0/Action/2",
          ProblemCode.DOCUMENT_TOO_LARGE));

  static Stream<Arguments> readersAndPolicyLimits() {
    List<Arguments> out = new ArrayList<>();
    for (Reader r : READERS) {
      for (Limit l : POLICY_LIMITS) {
        out.add(Arguments.of(r, l));
      }
    }
    return out.stream();
  }

  static Stream<Reader> readers() {
    return READERS.stream();
  }

  /** The readers of whole files (a policy document alone is held to maxPolicyChars instead). */
  static Stream<Reader> fileReaders() {
    return READERS.stream().filter(r -> r != POLICY_READER);
  }

  static PolicyParseException refused(Reader reader, ReadLimits limits, String text) {
    try {
      reader.read().accept(limits, text);
    } catch (PolicyParseException e) {
      return e;
    }
    throw new AssertionError(reader + " read a text past " + limits);
  }

  static void assertNamesLimit(PolicyParseException e, String limit) {
    assertThat(e.position()).as(e.getMessage()).isPresent();
    assertThat(e.detail()).as(e.getMessage()).contains(limit).contains("ReadLimits.builder()." + limit + "(n)");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("readersAndPolicyLimits")
  @DisplayName("a policy exactly at a limit reads; one past it is refused at the first value past it, naming the limit")
  void policy_limits_hold_in_every_reader(Reader reader, Limit limit) {
    int at = limit.name().equals("maxDepth") ? limit.atLimit() + reader.extraDepth() : limit.atLimit();
    ReadLimits atLimit = limit.set().apply(ReadLimits.builder(), at).build();
    reader.read().accept(atLimit, reader.text());

    ReadLimits past = limit.set().apply(ReadLimits.builder(), at - 1).build();
    PolicyParseException e = refused(reader, past, reader.text());
    assertThat(e.code()).as(e.getMessage()).isEqualTo(limit.code());
    assertThat(e.pointer()).as(e.getMessage()).isEqualTo(reader.policyPointer() + limit.pastPointer());
    assertNamesLimit(e, limit.name());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readers")
  void a_policy_exactly_at_maxPolicyChars_reads_and_one_character_more_is_refused(Reader reader) {
    reader.read().accept(ReadLimits.builder().maxPolicyChars(POLICY.length()).build(), reader.text());

    PolicyParseException e = refused(reader, ReadLimits.builder().maxPolicyChars(POLICY.length() - 1).build(),
        reader.text());
    assertThat(e.code()).isEqualTo(ProblemCode.DOCUMENT_TOO_LARGE);
    assertThat(e.pointer()).isEqualTo(reader.policyPointer());
    assertNamesLimit(e, "maxPolicyChars");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fileReaders")
  void a_file_exactly_at_maxFileChars_reads_and_one_character_more_is_refused(Reader reader) {
    int length = reader.text().length();
    reader.read().accept(ReadLimits.builder().maxFileChars(length).build(), reader.text());

    PolicyParseException e = refused(reader, ReadLimits.builder().maxFileChars(length - 1).build(), reader.text());
    assertThat(e.code()).isEqualTo(ProblemCode.DOCUMENT_TOO_LARGE);
    assertThat(e.pointer()).isEmpty();
    assertNamesLimit(e, "maxFileChars");
  }

  @Nested
  class Counts {
    @Test
    void a_simulation_file_at_maxRequests_reads_and_one_request_more_is_refused() {
      ReadLimits three = ReadLimits.builder().maxRequests(3).build();
      assertThat(SimulationReader.standard().withLimits(three).read(simulation(3), "s").requests()).hasSize(3);

      PolicyParseException e = refused(SIMULATION_READER, three, simulation(4));
      assertThat(e.pointer()).isEqualTo("/requests/3");
      assertThat(e.detail()).contains("4 entries");
      assertNamesLimit(e, "maxRequests");
    }

    @Test
    void a_scenario_at_maxSteps_reads_and_one_step_more_is_refused() {
      ReadLimits three = ReadLimits.builder().maxSteps(3).build();
      assertThat(ScenarioReader.standard().withLimits(three).read(scenario(3), "s", null).steps()).hasSize(3);

      PolicyParseException e = refused(SCENARIO_READER, three, scenario(4));
      assertThat(e.pointer()).isEqualTo("/steps/3");
      assertNamesLimit(e, "maxSteps");
    }

    @Test
    void a_world_at_maxEntities_reads_and_one_entity_more_is_refused() {
      ReadLimits at = ReadLimits.builder().maxEntities(WORLD_ENTITIES).build();
      WORLD_READER.read().accept(at, WORLD);
      SCENARIO_READER.read().accept(at, scenario(1));

      ReadLimits past = ReadLimits.builder().maxEntities(WORLD_ENTITIES - 1).build();
      PolicyParseException e = refused(WORLD_READER, past, WORLD);
      assertThat(e.pointer()).isEmpty();
      assertThat(e.detail()).contains("3 accounts, users");
      assertNamesLimit(e, "maxEntities");
      assertThat(refused(SCENARIO_READER, past, scenario(1)).pointer()).isEqualTo("/world");
    }
  }

  @Nested
  class Quotas {
    /** An identity policy whose size, as AWS's quota counts it, is exactly {@code size}. */
    private String identityPolicyOfSize(long size) {
      String template = "{\"Version\":\"2012-10-17\",\"Statement\":{\"Sid\":\"%s\",\"Effect\":\"Allow\","
          + "\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}}";
      long base = PolicyValidator.size(String.format(template, ""), SizeLimit.MANAGED);
      String policy = String.format(template, "a".repeat((int) (size - base)));
      assertThat(PolicyValidator.size(policy, SizeLimit.MANAGED)).isEqualTo(size);
      return policy;
    }

    private String simulationWith(String identityPolicy) {
      return "{\"policies\":{\"identity\":[" + identityPolicy + "]},\"requests\":[" + REQUEST + "]}";
    }

    @Test
    @DisplayName("S10.2: an identity policy of exactly the 6,144-character quota reads; one more character is refused"
        + " before it is read, with or without validation")
    void identity_policies_are_held_to_the_quota_of_their_kind() {
      int quota = SizeLimit.defaultFor(PolicyKind.IDENTITY).maxCharacters();
      assertThat(SimulationReader.standard().read(simulationWith(identityPolicyOfSize(quota)), "s").requests())
          .hasSize(1);
      for (SimulationReader reader : List.of(SimulationReader.standard(), SimulationReader.withoutValidation())) {
        assertThatThrownBy(() -> reader.read(simulationWith(identityPolicyOfSize(quota + 1)), "s"))
            .isInstanceOfSatisfying(PolicyParseException.class, e -> {
              assertThat(e.code()).isEqualTo(ProblemCode.SIZE_LIMIT_EXCEEDED);
              assertThat(e.pointer()).isEqualTo("/policies/identity/0");
              assertThat(e.position()).isPresent();
              assertThat(e.detail()).contains("6,145", "managed quota of 6,144", "policyQuotas(false)");
            });
      }
    }

    @Test
    void without_quotas_a_larger_policy_reads_when_the_reader_does_not_validate() {
      ReadLimits noQuotas = ReadLimits.builder().policyQuotas(false).build();
      String big = simulationWith(identityPolicyOfSize(50_000));
      assertThat(SimulationReader.withoutValidation().withLimits(noQuotas).read(big, "s").requests()).hasSize(1);
      // the validator still applies AWS's quota to a validating reader
      assertThatThrownBy(() -> SimulationReader.standard().withLimits(noQuotas).read(big, "s"))
          .isInstanceOfSatisfying(PolicyParseException.class,
              e -> assertThat(e.code()).isEqualTo(ProblemCode.SIZE_LIMIT_EXCEEDED));
    }
  }

  @Nested
  class Defaults {
    @Test
    @DisplayName("a request id of 131,072 characters reads; 131,073 is refused at the id (not 10 MB of table output)")
    void the_default_string_limit() {
      String at = simulation(1).replace("\"id\":\"r\"", "\"id\":\"" + "r".repeat(131_072) + "\"");
      assertThat(SimulationReader.standard().read(at, "s").requests().get(0).id()).hasValue("r".repeat(131_072));
      String past = simulation(1).replace("\"id\":\"r\"", "\"id\":\"" + "r".repeat(131_073) + "\"");
      PolicyParseException e = refused(SIMULATION_READER, ReadLimits.standard(), past);
      assertThat(e.pointer()).isEqualTo("/requests/0/id");
      assertThat(e.position()).hasValueSatisfying(p -> assertThat(p.column()).isEqualTo(past.indexOf("\"rrr") + 1));
      assertNamesLimit(e, "maxStringChars");
    }

    @Test
    void a_policy_of_the_default_maxValues_reads_and_one_value_more_is_refused() {
      String at = "{\"Statement\":{\"Effect\":\"Allow\",\"Action\":[" + "\"s3:GetObject\",".repeat(4_999)
          + "\"s3:x\"],\"Resource\":\"*\"}}";
      assertThat(PolicyReader.standard().read(at).statements().get(0).action().orElseThrow().size()).isEqualTo(5_000);
      String past = at.replace("[", "[\"s3:y\",");
      PolicyParseException e = refused(POLICY_READER, ReadLimits.standard(), past);
      assertThat(e.pointer()).isEqualTo("/Statement/Action/5000");
      assertNamesLimit(e, "maxValues");
    }

    @Test
    void the_defaults_are_documented_values() {
      ReadLimits d = ReadLimits.standard();
      assertThat(List.of(d.maxFileChars(), d.maxPolicyChars(), d.maxDepth(), d.maxStringChars(), d.maxMembers(),
          d.maxElements(), d.maxStatements(), d.maxValues(), d.maxRequests(), d.maxSteps(), d.maxEntities()))
          .containsExactly(16_777_216, 1_048_576, 64, 131_072, 10_000, 100_000, 1_000, 5_000, 10_000, 10_000, 10_000);
      assertThat(d.policyQuotas()).isTrue();
      assertThat(d.maxPolicyChars()).isGreaterThan(243_027); // the largest AWS managed policy
      assertThat(PolicyReader.standard().limits()).isSameAs(d);
      assertThat(SimulationReader.standard().limits()).isSameAs(d);
      assertThat(WorldReader.standard().limits()).isSameAs(d);
      assertThat(ScenarioReader.standard().limits()).isSameAs(d);
    }
  }

  @Nested
  class Files_ {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.iamkit.json.ReadLimitsTest#readers")
    @DisplayName("a file of exactly the limit in bytes reads; one byte more is refused from its size, unread, at 1:1")
    void a_file_is_measured_in_bytes_before_it_is_read(Reader reader) throws Exception {
      Path file = dir.resolve("big.json");
      Files.writeString(file, reader.text() + " ".repeat(50), StandardCharsets.UTF_8);
      int bytes = reader.text().length() + 50;
      readFileOk(reader, ReadLimits.builder().maxFileChars(bytes).maxPolicyChars(bytes).build(), file);

      ReadLimits small = ReadLimits.builder().maxFileChars(bytes - 1).maxPolicyChars(bytes - 1).build();
      PolicyParseException e = readFile(reader, small, file);
      assertThat(e.code()).isEqualTo(ProblemCode.DOCUMENT_TOO_LARGE);
      assertThat(e.position()).hasValueSatisfying(p -> assertThat(p).isEqualTo(new dev.iamkit.core.policy.SourcePosition(1, 1)));
      assertThat(e.getMessage()).contains(file.toString(), "the file has " + bytes + " bytes");
      assertThat(e.detail()).contains("ReadLimits.builder().max");
    }

    @Test
    @DisplayName("a stream is read no further than the limit and refused at the first character past it")
    void a_stream_is_read_no_further_than_the_limit() {
      int limit = POLICY.length() + 10;
      byte[] endless = (POLICY + " ".repeat(1_000_000)).getBytes(StandardCharsets.UTF_8);
      PolicyReader reader = PolicyReader.builder().limits(ReadLimits.builder().maxPolicyChars(limit).build()).build();
      assertThatThrownBy(() -> reader.read(new java.io.ByteArrayInputStream(endless)))
          .isInstanceOfSatisfying(PolicyParseException.class, e -> {
            assertThat(e.code()).isEqualTo(ProblemCode.DOCUMENT_TOO_LARGE);
            assertThat(e.position()).hasValueSatisfying(p -> assertThat(p.column()).isEqualTo(limit + 1));
            assertThat(e.detail()).contains("maxPolicyChars");
          });
    }

    private PolicyParseException readFile(Reader reader, ReadLimits limits, Path file) {
      try {
        readFileOk(reader, limits, file);
      } catch (PolicyParseException e) {
        return e;
      }
      throw new AssertionError(reader + " read " + file);
    }

    private void readFileOk(Reader reader, ReadLimits limits, Path file) {
      switch (reader.name()) {
        case "PolicyReader" -> PolicyReader.builder().limits(limits).build().read(file);
        case "SimulationReader" -> SimulationReader.standard().withLimits(limits).read(file);
        case "WorldReader" -> WorldReader.standard().withLimits(limits).read(file);
        default -> ScenarioReader.standard().withLimits(limits).read(file);
      }
    }
  }

  @Nested
  class Value {
    @Test
    void builder_rejects_counts_below_one_and_copies() {
      assertThatThrownBy(() -> ReadLimits.builder().maxStringChars(0)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("maxStringChars");
      ReadLimits custom = ReadLimits.builder().maxFileChars(1).maxPolicyChars(2).maxDepth(3).maxStringChars(4)
          .maxMembers(5).maxElements(6).maxStatements(7).maxValues(8).maxRequests(9).maxSteps(10).maxEntities(11)
          .policyQuotas(false).build();
      assertThat(custom.toBuilder().build()).isEqualTo(custom);
      assertThat(custom.toString()).contains("maxFileChars=1", "maxEntities=11", "policyQuotas=false");
      new EqualsTester()
          .addEqualityGroup(ReadLimits.standard(), ReadLimits.builder().build())
          .addEqualityGroup(custom, custom.toBuilder().build())
          .addEqualityGroup(ReadLimits.builder().maxSteps(1).build())
          .testEquals();
      new NullPointerTester().testAllPublicStaticMethods(ReadLimits.class);
      new NullPointerTester().testAllPublicInstanceMethods(ReadLimits.builder());
    }

    @Test
    void readers_take_and_show_their_limits() {
      ReadLimits small = ReadLimits.builder().maxRequests(2).build();
      assertThat(SimulationReader.standard().withLimits(small).limits()).isEqualTo(small);
      assertThat(SimulationReader.standard().withLimits(small).toString()).contains("maxRequests=2");
      assertThat(SimulationReader.withoutValidation().withLimits(small).toString()).startsWith(
          "SimulationReader.withoutValidation()");
      assertThat(WorldReader.standard().withLimits(small).limits()).isEqualTo(small);
      assertThat(ScenarioReader.standard().withLimits(small).limits()).isEqualTo(small);
      assertThat(PolicyReader.builder().limits(small).build().toBuilder().build().limits()).isEqualTo(small);
      assertThat(PolicyReader.builder().limits(small).maxDepth(9).build().limits().maxRequests()).isEqualTo(2);
    }
  }
}
