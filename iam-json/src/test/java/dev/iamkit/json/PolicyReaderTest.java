package dev.iamkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import dev.iamkit.core.policy.Action;
import dev.iamkit.core.policy.Condition;
import dev.iamkit.core.policy.ConditionKey;
import dev.iamkit.core.policy.ConditionOperator;
import dev.iamkit.core.policy.ConditionValue;
import dev.iamkit.core.policy.Effect;
import dev.iamkit.core.policy.OneOrMany;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PolicyProblem;
import dev.iamkit.core.policy.PolicyVersion;
import dev.iamkit.core.policy.PrincipalElement;
import dev.iamkit.core.policy.PrincipalType;
import dev.iamkit.core.policy.ProblemCode;
import dev.iamkit.core.policy.Resource;
import dev.iamkit.core.policy.Severity;
import dev.iamkit.core.policy.SourcePosition;
import dev.iamkit.core.policy.Statement;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyReaderTest {
  private static final PolicyReader READER = PolicyReader.standard();

  private static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  @Nested
  class Read {
    @Test
    @DisplayName("S1.1-S1.10: reads every element of a statement, keeping bare and array forms")
    void reads_every_element() {
      Policy p = READER.read(json("""
          {
            'Version': '2012-10-17',
            'Id': 'my policy',
            'Statement': [
              {
                'Sid': 'One',
                'Effect': 'Allow',
                'Principal': {'AWS': ['111122223333', 'arn:aws:iam::444455556666:root'], 'Service': 'ec2.amazonaws.com'},
                'Action': 's3:GetObject',
                'Resource': ['arn:aws:s3:::bucket/*'],
                'Condition': {
                  'StringEquals': {'aws:PrincipalTag/team': ['blue', 'green']},
                  'NumericLessThan': {'s3:max-keys': 10.50},
                  'Bool': {'aws:SecureTransport': true}
                }
              },
              {
                'Effect': 'Deny',
                'NotPrincipal': '*',
                'NotAction': ['iam:*', 'sts:*'],
                'NotResource': 'arn:aws:iam::111122223333:role/admin'
              }
            ]
          }"""));

      Map<PrincipalType, OneOrMany<String>> principals = new LinkedHashMap<>();
      principals.put(PrincipalType.AWS, OneOrMany.list("111122223333", "arn:aws:iam::444455556666:root"));
      principals.put(PrincipalType.SERVICE, OneOrMany.one("ec2.amazonaws.com"));
      Statement first = Statement.builder()
          .sid("One")
          .effect(Effect.ALLOW)
          .principal(PrincipalElement.of(principals))
          .action(OneOrMany.one(Action.of("s3:GetObject")))
          .resource(OneOrMany.list(Resource.of("arn:aws:s3:::bucket/*")))
          .condition(Condition.builder()
              .add(ConditionOperator.STRING_EQUALS, "aws:PrincipalTag/team", "blue", "green")
              .add(ConditionOperator.parse("NumericLessThan"), ConditionKey.of("s3:max-keys"),
                  OneOrMany.one(ConditionValue.number("10.50")))
              .add(ConditionOperator.BOOL, ConditionKey.of("aws:SecureTransport"), OneOrMany.one(ConditionValue.bool(true)))
              .build())
          .build();
      Statement second = Statement.builder()
          .effect(Effect.DENY)
          .notPrincipal(PrincipalElement.wildcard())
          .notAction(OneOrMany.list(Action.of("iam:*"), Action.of("sts:*")))
          .notResource(OneOrMany.one(Resource.of("arn:aws:iam::111122223333:role/admin")))
          .build();
      assertThat(p).isEqualTo(Policy.builder().version(PolicyVersion.V2012_10_17).id("my policy")
          .statement(first).statement(second).statementArray(true).build());
    }

    @Test
    @DisplayName("S1.4: a single statement object stays a single object")
    void single_statement_object() {
      Policy p = READER.read(json("{'Statement': {'Effect': 'Allow', 'Action': '*', 'Resource': '*'}}"));
      assertThat(p.statementArray()).isFalse();
      assertThat(p.version()).isEmpty();
      assertThat(p.statements()).hasSize(1);
    }

    @Test
    @DisplayName("S1.10: condition numbers keep their exact JSON text and booleans their type")
    void condition_numbers_keep_text() {
      Policy p = READER.read(json("{'Statement': {'Effect': 'Allow', 'Action': '*', 'Condition': "
          + "{'NumericEquals': {'k': [1.0, -0, 1E+2, 12345678901234567890]}, 'Bool': {'b': [false, 'true']}}}}"));
      Condition c = p.statements().get(0).condition().orElseThrow();
      assertThat(c.operators().get(ConditionOperator.parse("NumericEquals")).get(ConditionKey.of("k")).values())
          .containsExactly(ConditionValue.number("1.0"), ConditionValue.number("-0"), ConditionValue.number("1E+2"),
              ConditionValue.number("12345678901234567890"));
      assertThat(c.operators().get(ConditionOperator.BOOL).get(ConditionKey.of("b")).values())
          .containsExactly(ConditionValue.bool(false), ConditionValue.string("true"));
    }

    @Test
    @DisplayName("S1.8: an empty Action array is representable; the validator reports it")
    void empty_action_array() {
      Policy p = READER.read(json("{'Statement': [{'Effect': 'Allow', 'Action': [], 'Resource': []}]}"));
      assertThat(p.statements().get(0).action()).contains(OneOrMany.list(List.of()));
    }

    @Test
    @DisplayName("S1.10: an empty Condition block and an operator without keys are kept")
    void empty_condition() {
      Policy p = READER.read(json("{'Statement': {'Effect': 'Allow', 'Action': '*', 'Condition': {'Foo': {}}}}"));
      assertThat(p.statements().get(0).condition().orElseThrow().operators())
          .containsOnlyKeys(ConditionOperator.parse("Foo"));
      Policy q = READER.read(json("{'Statement': {'Effect': 'Allow', 'Action': '*', 'Condition': {}}}"));
      assertThat(q.statements().get(0).condition()).contains(Condition.empty());
    }

    @Test
    @DisplayName("S1.7: an empty Principal object is representable")
    void empty_principal_object() {
      Policy p = READER.read(json("{'Statement': {'Effect': 'Allow', 'Principal': {}, 'Action': '*'}}"));
      assertThat(p.statements().get(0).principal()).contains(PrincipalElement.of(Map.of()));
    }

    @Test
    @DisplayName("S1.1: null entries in a Resource array are dropped")
    void null_resource_entries_dropped() {
      Policy p = READER.read(json("{'Statement': {'Effect': 'Allow', 'Action': '*', 'Resource': [null, 'a', null]}}"));
      assertThat(p.statements().get(0).resource()).contains(OneOrMany.list(Resource.of("a")));
    }

    @Test
    @DisplayName("S1.1: characters U+00A0 to U+00FF and escaped characters beyond are accepted")
    void latin1_and_escapes_accepted() {
      Policy p = READER.read("{\"Id\": \"caf\u00e9 \\u20ac\", \"Statement\": []}");
      assertThat(p.id()).contains("caf\u00e9 \u20ac");
    }

    @Test
    void reads_from_reader_stream_and_file(@TempDir Path dir) throws Exception {
      String text = json("{'Version': '2012-10-17', 'Statement': {'Effect': 'Deny', 'Action': 's3:*', 'Resource': '*'}}");
      Policy expected = READER.read(text);
      assertThat(READER.read(new StringReader(text))).isEqualTo(expected);
      assertThat(READER.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))).isEqualTo(expected);
      Path file = dir.resolve("p.json");
      Files.writeString(file, text);
      assertThat(READER.read(file)).isEqualTo(expected);
      assertThat(READER.readLenient(file).sourceName()).isEqualTo(file.toString());
    }

    @Test
    void names_the_file_in_messages(@TempDir Path dir) throws Exception {
      Path file = dir.resolve("bad.json");
      Files.writeString(file, "{\n  \"Statement\": {\"Effect\": \"allow\"}\n}");
      assertThatThrownBy(() -> READER.read(file))
          .isInstanceOfSatisfying(PolicyParseException.class, e -> {
            assertThat(e.source()).contains(file.toString());
            assertThat(e.code()).isEqualTo(ProblemCode.INVALID_EFFECT);
            assertThat(e.position()).contains(new SourcePosition(2, 27));
            assertThat(e.pointer()).isEqualTo("/Statement/Effect");
            assertThat(e.getMessage()).startsWith(file + ": Invalid document at /Statement/Effect (line 2, column 27)")
                .contains("\"allow\"");
          });
    }

    @Test
    void missing_file_is_an_io_error(@TempDir Path dir) {
      assertThatThrownBy(() -> READER.read(dir.resolve("missing.json"))).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    @DisplayName("S1.1: bytes that are not UTF-8 are an invalid character at their position")
    void rejects_malformed_utf8() {
      byte[] bytes = {'{', '\n', ' ', '"', 'I', 'd', '"', ':', ' ', '"', (byte) 0xC3, '"', '}'};
      assertThatThrownBy(() -> READER.read(new ByteArrayInputStream(bytes)))
          .isInstanceOfSatisfying(PolicyParseException.class, e -> {
            assertThat(e.code()).isEqualTo(ProblemCode.INVALID_CHARACTER);
            assertThat(e.position()).contains(new SourcePosition(2, 9));
            assertThat(e.detail()).contains("0xC3");
          });
    }

    @Test
    @DisplayName("S1.1: a UTF-8 byte-order mark is U+FEFF, which IAM does not accept")
    void rejects_utf8_bom() {
      byte[] body = "{\"Statement\": []}".getBytes(StandardCharsets.UTF_8);
      byte[] bytes = new byte[body.length + 3];
      bytes[0] = (byte) 0xEF;
      bytes[1] = (byte) 0xBB;
      bytes[2] = (byte) 0xBF;
      System.arraycopy(body, 0, bytes, 3, body.length);
      assertThatThrownBy(() -> READER.read(new ByteArrayInputStream(bytes)))
          .isInstanceOfSatisfying(PolicyParseException.class, e -> {
            assertThat(e.code()).isEqualTo(ProblemCode.INVALID_CHARACTER);
            assertThat(e.position()).contains(new SourcePosition(1, 1));
            assertThat(e.detail()).contains("U+FEFF");
          });
    }
  }

  @Nested
  class Wrapped {
    private final String wrapped = json("""
        {
            "PolicyVersion": {
                "CreateDate": "2015-02-06T18:39:46Z",
                "VersionId": "v1",
                "Document": {
                    "Version": "2012-10-17",
                    "Statement": [{"Effect": "allow", "Action": "s3:*", "Resource": "*"}]
                },
                "IsDefaultVersion": true
            }
        }""");

    @Test
    @DisplayName("get-policy-version output is unwrapped; pointers are relative to the document, positions in the file")
    void unwraps_policy_version() {
      ReadResult r = READER.readLenient(wrapped, "wrapped.json");
      assertThat(r.problems()).singleElement().satisfies(p -> {
        assertThat(p.code()).isEqualTo(ProblemCode.INVALID_EFFECT);
        assertThat(p.pointer()).isEqualTo("/Statement/0/Effect");
        assertThat(p.position()).contains(new SourcePosition(7, 38));
      });
      assertThat(r.documentText()).startsWith("{\n            \"Version\"").endsWith("]\n        }");
      assertThat(r.positionOf("/Version")).contains(new SourcePosition(6, 24));
    }

    @Test
    void reads_wrapped_policy() {
      Policy p = READER.read(wrapped.replace("allow", "Allow"));
      assertThat(p.version()).contains(PolicyVersion.V2012_10_17);
      assertThat(p.statements()).hasSize(1);
    }

    @Test
    @DisplayName("a Document given as a URL-encoded string (IAM API form) is decoded")
    void url_encoded_document() {
      String encoded = "%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%7B%22Effect%22%3A%22Allow%22%2C"
          + "%22Action%22%3A%22s3%3AGet%2A%22%2C%22Resource%22%3A%22arn%3Aaws%3As3%3A%3A%3Aa+b%22%7D%7D";
      String text = "{\"PolicyVersion\": {\n  \"Document\": \"" + encoded + "\"}}";
      Policy p = READER.read(text);
      assertThat(p.statements().get(0).action()).contains(OneOrMany.one(Action.of("s3:Get*")));
      assertThat(p.statements().get(0).resource()).contains(OneOrMany.one(Resource.of("arn:aws:s3:::a+b")));
      ReadResult r = READER.readLenient(text.replace("Allow", "Alow"), "x");
      assertThat(r.problems()).singleElement().satisfies(problem -> {
        assertThat(problem.code()).isEqualTo(ProblemCode.INVALID_EFFECT);
        assertThat(problem.pointer()).isEqualTo("/Statement/Effect");
        assertThat(problem.position()).contains(new SourcePosition(2, 15));
      });
      assertThat(r.documentText()).startsWith("{\"Version\":\"2012-10-17\"");
    }

    @Test
    void missing_document_is_reported() {
      assertThatThrownBy(() -> READER.read("{\"PolicyVersion\": {\"VersionId\": \"v1\"}}"))
          .isInstanceOfSatisfying(PolicyParseException.class, e -> {
            assertThat(e.code()).isEqualTo(ProblemCode.MISSING_ELEMENT);
            assertThat(e.pointer()).isEqualTo("/PolicyVersion");
          });
      assertThatThrownBy(() -> READER.read("{\"PolicyVersion\": {\"Document\": 3}}"))
          .isInstanceOfSatisfying(PolicyParseException.class, e -> {
            assertThat(e.code()).isEqualTo(ProblemCode.WRONG_TYPE);
            assertThat(e.pointer()).isEqualTo("/PolicyVersion/Document");
          });
      assertThatThrownBy(() -> READER.read("{\"PolicyVersion\": {\"Document\": \"%zz\"}}"))
          .isInstanceOfSatisfying(PolicyParseException.class, e -> assertThat(e.code()).isEqualTo(ProblemCode.JSON_SYNTAX));
    }
  }

  @Nested
  class Lenient {
    @Test
    @DisplayName("S1.1, S1.6: collects every structural problem and still builds the policy")
    void collects_all_problems() {
      ReadResult r = READER.readLenient(json("""
          {
            'Version': '2012-10-17',
            'Foo': 1,
            'Statement': [
              {'Effect': 'allow', 'Action': '*'},
              {'Effect': 'Allow', 'Action': ['s3:GetObject', 3, ['x']], 'Resource': '*', 'Bar': true},
              'not a statement',
              {'Effect': 'Deny', 'Action': '*', 'Resource': '*', 'Effect': 'Allow'}
            ]
          }"""), "inline");
      assertThat(r.problems()).extracting(PolicyProblem::code, PolicyProblem::pointer, PolicyProblem::position)
          .containsExactly(
              tuple(ProblemCode.UNKNOWN_ELEMENT, "/Foo", 3, 3),
              tuple(ProblemCode.INVALID_EFFECT, "/Statement/0/Effect", 5, 16),
              tuple(ProblemCode.WRONG_TYPE, "/Statement/1/Action/1", 6, 52),
              tuple(ProblemCode.WRONG_TYPE, "/Statement/1/Action/2", 6, 55),
              tuple(ProblemCode.UNKNOWN_ELEMENT, "/Statement/1/Bar", 6, 80),
              tuple(ProblemCode.WRONG_TYPE, "/Statement/2", 7, 5),
              tuple(ProblemCode.DUPLICATE_KEY, "/Statement/3/Effect", 8, 56));
      Policy p = r.policy().orElseThrow();
      // The statement with Effect "allow" is kept as a Deny, so that the validator checks the rest of it (issue 11 §4).
      assertThat(p.statements()).extracting(Statement::effect).containsExactly(Effect.DENY, Effect.ALLOW, Effect.DENY);
      assertThat(p.statements().get(1).action()).contains(OneOrMany.list(Action.of("s3:GetObject")));
      assertThat(r.hasErrors()).isTrue();
    }

    private org.assertj.core.groups.Tuple tuple(ProblemCode code, String pointer, int line, int column) {
      return org.assertj.core.groups.Tuple.tuple(code, pointer, java.util.Optional.of(new SourcePosition(line, column)));
    }

    @Test
    @DisplayName("positionOf maps model pointers back to the source, past entries that were left out")
    void position_of_accounts_for_dropped_entries() {
      ReadResult r = READER.readLenient(json("""
          {'Statement': [
            'x',
            {'Effect': 'Allow', 'Action': '*',
             'Resource': [null, 'a', null, 'b']}
          ]}"""), "p");
      assertThat(r.problems()).extracting(PolicyProblem::code)
          .containsExactly(ProblemCode.WRONG_TYPE, ProblemCode.NULL_RESOURCE, ProblemCode.NULL_RESOURCE);
      assertThat(r.problems().get(1).severity()).isEqualTo(Severity.WARNING);
      assertThat(r.positionOf("/Statement/0/Resource/1")).contains(new SourcePosition(4, 34));
      assertThat(r.positionOf("/Statement/0/Resource/0")).contains(new SourcePosition(4, 23));
      assertThat(r.positionOf("/Statement/0/Resource/7")).contains(new SourcePosition(4, 16));
      assertThat(r.positionOf("/Statement/0/Nope/1")).contains(new SourcePosition(3, 3));
      assertThat(r.positionOf("")).contains(new SourcePosition(1, 1));
    }

    @Test
    @DisplayName("positionOf: /Statement/0 also points into a single statement object; ~1 escapes '/'")
    void position_of_single_statement_and_escapes() {
      ReadResult r = READER.readLenient(json("""
          {'Statement': {'Effect': 'Allow', 'Action': '*',
            'Condition': {'StringEquals': {'aws:PrincipalTag/a~b': 'x'}}}}"""), "p");
      assertThat(r.positionOf("/Statement/0/Action")).contains(new SourcePosition(1, 45));
      assertThat(r.positionOf("/Statement/Action")).contains(new SourcePosition(1, 45));
      assertThat(r.positionOf("/Statement/0/Condition/StringEquals/aws:PrincipalTag~1a~0b"))
          .contains(new SourcePosition(2, 58));
      assertThatThrownBy(() -> r.positionOf("Statement")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void documentText_is_the_exact_policy_object() {
      String text = "  \n {\"Statement\" : [ ] }\n\n";
      ReadResult r = READER.readLenient(text, "p");
      assertThat(r.documentText()).isEqualTo("{\"Statement\" : [ ] }");
      assertThat(r.problems()).isEmpty();
      assertThat(r.policy()).isPresent();
    }

    @Test
    void no_policy_when_statement_missing_or_not_json() {
      ReadResult missing = READER.readLenient("{\"Version\": \"2012-10-17\"}", "p");
      assertThat(missing.policy()).isEmpty();
      assertThat(missing.problems()).extracting(PolicyProblem::code).containsExactly(ProblemCode.MISSING_ELEMENT);
      ReadResult broken = READER.readLenient("{\"Version\": ", "p");
      assertThat(broken.policy()).isEmpty();
      assertThat(broken.positionOf("/Version")).isEmpty();
      assertThat(broken.documentText()).isEqualTo("{\"Version\": ");
    }

    @Test
    @DisplayName("S1.6: a single statement object with a bad Effect is kept as a Deny for the validator")
    void single_statement_with_bad_effect_is_kept_as_a_deny() {
      ReadResult r = READER.readLenient("{\"Statement\": {\"Effect\": \"Maybe\"}}", "p");
      assertThat(r.policy()).hasValueSatisfying(p -> assertThat(p.statements()).singleElement()
          .extracting(Statement::effect).isEqualTo(Effect.DENY));
      assertThat(r.problems()).extracting(PolicyProblem::code).containsExactly(ProblemCode.INVALID_EFFECT);
    }

    @Test
    @DisplayName("S1.1: invalid characters are reported with the pointer of the value holding them")
    void invalid_characters_located() {
      ReadResult r = READER.readLenient("{\"Statement\": {\"Effect\": \"Allow\", \"Action\": [\"s3:\u20ac\u20ac\", \"a\u0001\"]}}",
          "p");
      assertThat(r.problems()).extracting(PolicyProblem::code, PolicyProblem::pointer)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(ProblemCode.INVALID_CHARACTER, "/Statement/Action/0"),
              // after a syntax error the value being read is unknown: the character is located in its container
              org.assertj.core.groups.Tuple.tuple(ProblemCode.INVALID_CHARACTER, "/Statement/Action"),
              org.assertj.core.groups.Tuple.tuple(ProblemCode.JSON_SYNTAX, "/Statement/Action/1"));
      assertThat(r.problems().get(0).message()).contains("U+20AC");
      assertThat(r.problems().get(0).position()).contains(new SourcePosition(1, 50));
    }
  }

  @Nested
  class Bounds {
    @Test
    @DisplayName("hostile input: 100,000 nested arrays fail with NESTING_TOO_DEEP, not a stack overflow")
    void deep_nesting() {
      String deep = "[".repeat(100_000) + "]".repeat(100_000);
      ReadResult r = READER.readLenient(deep, "deep");
      assertThat(r.problems()).singleElement().satisfies(p -> {
        assertThat(p.code()).isEqualTo(ProblemCode.NESTING_TOO_DEEP);
        assertThat(p.position()).contains(new SourcePosition(1, 65));
        // issue 11 §4: the pointer stops after 16 levels instead of repeating /0 64 times
        assertThat(p.pointer()).isEqualTo("/0".repeat(16));
      });
      String deepObjects = "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000);
      assertThatThrownBy(() -> READER.read(deepObjects)).isInstanceOfSatisfying(PolicyParseException.class,
          e -> assertThat(e.code()).isEqualTo(ProblemCode.NESTING_TOO_DEEP));
    }

    @Test
    @DisplayName("hostile input: even without a depth bound the tree is built without recursion")
    void deep_nesting_without_depth_bound() {
      PolicyReader unbounded = PolicyReader.builder().maxDepth(Integer.MAX_VALUE).build();
      String deep = "[".repeat(100_000) + "]".repeat(100_000);
      assertThatThrownBy(() -> unbounded.read(deep)).isInstanceOfSatisfying(PolicyParseException.class, e -> {
        assertThat(e.code()).isEqualTo(ProblemCode.WRONG_TYPE);
        assertThat(e.position()).contains(new SourcePosition(1, 1));
      });
      String deepCondition = "{\"Statement\": {\"Effect\": \"Allow\", \"Condition\": {\"Bool\": {\"k\": "
          + "[".repeat(100_000) + "]".repeat(100_000) + "}}}}";
      assertThat(unbounded.readLenient(deepCondition, "p").problems()).extracting(PolicyProblem::code, PolicyProblem::pointer)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemCode.WRONG_TYPE, "/Statement/Condition/Bool/k/0"));
    }

    @Test
    void depth_limit_is_configurable() {
      String policy = "{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"*\", \"Condition\": {\"Bool\": {\"k\": [true]}}}]}";
      assertThat(READER.read(policy).statements()).hasSize(1);
      PolicyReader shallow = PolicyReader.builder().maxDepth(5).build();
      assertThatThrownBy(() -> shallow.read(policy)).isInstanceOfSatisfying(PolicyParseException.class, e -> {
        assertThat(e.code()).isEqualTo(ProblemCode.NESTING_TOO_DEEP);
        assertThat(e.pointer()).isEqualTo("/Statement/0/Condition/Bool/k");
      });
      assertThat(PolicyReader.builder().maxDepth(6).build().read(policy).statements()).hasSize(1);
    }

    @Test
    void oversize_documents_are_rejected_from_every_input() {
      PolicyReader small = PolicyReader.builder().maxDocumentChars(40).build();
      String text = "{\"Statement\": [], \"Id\": \"" + "x".repeat(100) + "\"}";
      for (Runnable read : List.<Runnable>of(
          () -> small.read(text),
          () -> small.read(new StringReader(text)),
          () -> small.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))) {
        assertThatThrownBy(read::run).isInstanceOfSatisfying(PolicyParseException.class, e -> {
          assertThat(e.code()).isEqualTo(ProblemCode.DOCUMENT_TOO_LARGE);
          assertThat(e.position()).contains(new SourcePosition(1, 41));
          assertThat(e.detail()).contains("40");
        });
      }
      assertThat(small.read("{\"Statement\": []}").statements()).isEmpty();
    }

    @Test
    void default_bound_leaves_room_for_the_largest_managed_policy() {
      assertThat(READER.maxDocumentChars()).isEqualTo(1_048_576).isGreaterThan(243_027);
      assertThat(READER.maxDepth()).isEqualTo(64);
      String statement = "{\"Effect\": \"Allow\", \"Action\": [" + "\"s3:GetObject\",".repeat(4_999) + "\"s3:x\"]}";
      String big = "{\"Statement\": [" + String.join(",", java.util.Collections.nCopies(13, statement)) + "]}";
      assertThat(big.length()).isGreaterThan(900_000);
      assertThat(READER.read(big).statements()).hasSize(13)
          .allSatisfy(s -> assertThat(s.action().orElseThrow().size()).isEqualTo(5_000));
    }

    @Test
    void builder_rejects_bad_bounds_and_copies() {
      assertThatThrownBy(() -> PolicyReader.builder().maxDepth(0)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> PolicyReader.builder().maxDocumentChars(0)).isInstanceOf(IllegalArgumentException.class);
      PolicyReader r = PolicyReader.builder().maxDepth(9).maxDocumentChars(99).build();
      PolicyReader copy = r.toBuilder().build();
      assertThat(copy.maxDepth()).isEqualTo(9);
      assertThat(copy.maxDocumentChars()).isEqualTo(99);
      assertThat(PolicyReader.standard()).isSameAs(PolicyReader.standard());
    }
  }

  @Test
  void rejects_null_arguments() {
    new NullPointerTester().testAllPublicInstanceMethods(READER);
    new NullPointerTester().testAllPublicInstanceMethods(READER.readLenient("{\"Statement\": []}", "p"));
  }
}
