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
import dev.iamkit.core.policy.PolicyVersion;
import dev.iamkit.core.policy.PrincipalElement;
import dev.iamkit.core.policy.PrincipalType;
import dev.iamkit.core.policy.Resource;
import dev.iamkit.core.policy.Statement;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PolicyWriterTest {
  private static final PolicyReader READER = PolicyReader.standard();

  private static Policy everyElement() {
    Map<PrincipalType, OneOrMany<String>> principals = new LinkedHashMap<>();
    // deliberately not in PrincipalType order: the writer sorts
    principals.put(PrincipalType.CANONICAL_USER, OneOrMany.one("79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"));
    principals.put(PrincipalType.FEDERATED, OneOrMany.list("accounts.google.com"));
    principals.put(PrincipalType.SERVICE, OneOrMany.list("ec2.amazonaws.com", "lambda.amazonaws.com"));
    principals.put(PrincipalType.AWS, OneOrMany.one("111122223333"));
    return Policy.builder()
        .version(PolicyVersion.V2012_10_17)
        .id("id-1")
        .statement(Statement.builder()
            .sid("First")
            .effect(Effect.ALLOW)
            .principal(PrincipalElement.of(principals))
            .action(OneOrMany.list(Action.of("s3:GetObject"), Action.of("s3:List*")))
            .resource(OneOrMany.one(Resource.of("arn:aws:s3:::bucket/*")))
            .condition(Condition.builder()
                .add(ConditionOperator.parse("StringLike"), "s3:prefix", "home/", "home/${aws:username}/*")
                .add(ConditionOperator.parse("NumericLessThanEquals"), ConditionKey.of("s3:max-keys"),
                    OneOrMany.one(ConditionValue.number("10")))
                .add(ConditionOperator.BOOL, ConditionKey.of("aws:SecureTransport"),
                    OneOrMany.list(ConditionValue.bool(true), ConditionValue.string("false")))
                .build())
            .build())
        .statement(Statement.builder()
            .effect(Effect.DENY)
            .notPrincipal(PrincipalElement.wildcard())
            .notAction(OneOrMany.one(Action.of("iam:*")))
            .notResource(OneOrMany.list(Resource.of("*")))
            .build())
        .build();
  }

  @Nested
  class Pretty {
    @Test
    @DisplayName("two-space indentation, canonical member order, forms kept")
    void writes_canonical_pretty_json() {
      assertThat(PolicyWriter.pretty().write(everyElement())).isEqualTo("""
          {
            "Version": "2012-10-17",
            "Id": "id-1",
            "Statement": [
              {
                "Sid": "First",
                "Effect": "Allow",
                "Principal": {
                  "AWS": "111122223333",
                  "Service": [
                    "ec2.amazonaws.com",
                    "lambda.amazonaws.com"
                  ],
                  "Federated": [
                    "accounts.google.com"
                  ],
                  "CanonicalUser": "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"
                },
                "Action": [
                  "s3:GetObject",
                  "s3:List*"
                ],
                "Resource": "arn:aws:s3:::bucket/*",
                "Condition": {
                  "StringLike": {
                    "s3:prefix": [
                      "home/",
                      "home/${aws:username}/*"
                    ]
                  },
                  "NumericLessThanEquals": {
                    "s3:max-keys": 10
                  },
                  "Bool": {
                    "aws:SecureTransport": [
                      true,
                      "false"
                    ]
                  }
                }
              },
              {
                "Effect": "Deny",
                "NotPrincipal": "*",
                "NotAction": "iam:*",
                "NotResource": [
                  "*"
                ]
              }
            ]
          }""");
    }

    @Test
    void empty_containers_are_written_tight() {
      Policy p = Policy.builder().version(null)
          .statement(Statement.builder().effect(Effect.ALLOW).action(OneOrMany.list(List.of()))
              .principal(PrincipalElement.of(Map.of())).condition(Condition.empty()).build())
          .statementArray(true)
          .build();
      assertThat(PolicyWriter.pretty().write(p)).isEqualTo("""
          {
            "Statement": [
              {
                "Effect": "Allow",
                "Principal": {},
                "Action": [],
                "Condition": {}
              }
            ]
          }""");
      assertThat(PolicyWriter.pretty().write(Policy.builder().version(null).build())).isEqualTo("{\n  \"Statement\": []\n}");
    }
  }

  @Nested
  class Compact {
    @Test
    void writes_without_white_space() {
      Policy p = READER.read("""
          {"Statement": {"Resource": "*", "Action": "s3:*", "Effect": "Allow", "Sid": "a"}, "Version": "2008-10-17"}""");
      assertThat(PolicyWriter.compact().write(p)).isEqualTo(
          "{\"Version\":\"2008-10-17\",\"Statement\":{\"Sid\":\"a\",\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"}}");
    }

    @Test
    @DisplayName("S1.1: characters beyond U+00FF are escaped, Latin-1 and '/' are not")
    void escapes_only_what_iam_rejects() {
      Policy p = Policy.builder().version(null).id("caf\u00e9/\u20ac\u0001\"\\\uD83D\uDE00")
          .statement(Statement.builder().effect(Effect.ALLOW).build()).build();
      String json = PolicyWriter.compact().write(p);
      assertThat(json).isEqualTo("{\"Id\":\"caf\u00e9/\\u20AC\\u0001\\\"\\\\\\uD83D\\uDE00\",\"Statement\":{\"Effect\":\"Allow\"}}");
      assertThat(READER.read(json)).isEqualTo(p);
    }
  }

  @Nested
  class RoundTrip {
    static Stream<Policy> policies() {
      return Stream.of(
          everyElement(),
          Policy.builder().version(null).statement(Statement.builder().effect(Effect.ALLOW).build()).build(),
          Policy.builder().version(null).statement(Statement.builder().effect(Effect.ALLOW).build()).statementArray(true).build(),
          Policy.builder().version(null).build(),
          Policy.builder().version(PolicyVersion.V2008_10_17).id("").statement(Statement.builder().sid("")
              .effect(Effect.DENY).action(OneOrMany.one(Action.of(""))).resource(OneOrMany.list(List.of())).build())
              .build(),
          Policy.builder().version(null).statement(Statement.builder().effect(Effect.ALLOW)
              .condition(Condition.builder()
                  .addEmpty(ConditionOperator.parse("UnknownOp"))
                  .add(ConditionOperator.parse("ForAnyValue:StringEqualsIfExists"), "aws:TagKeys", "a")
                  .add(ConditionOperator.parse("NumericEquals"), ConditionKey.of("n"), OneOrMany.list(
                      ConditionValue.number("-0.5e-3"), ConditionValue.number("1E+2"), ConditionValue.number("7")))
                  .add(ConditionOperator.parse("StringEquals"), ConditionKey.of("k/with~odd\"chars\n"),
                      OneOrMany.list(List.of()))
                  .build())
              .build()).build(),
          Policy.builder().version(null).statement(Statement.builder().effect(Effect.ALLOW)
              .principal(PrincipalElement.of(PrincipalType.AWS, OneOrMany.list(List.of())))
              .notPrincipal(PrincipalElement.of(PrincipalType.SERVICE, OneOrMany.one("s.amazonaws.com")))
              .action(OneOrMany.one(Action.ALL)).notAction(OneOrMany.one(Action.of("x:y")))
              .resource(OneOrMany.one(Resource.ALL)).notResource(OneOrMany.one(Resource.of("arn:aws:s3:::b")))
              .build()).build());
    }

    @ParameterizedTest
    @MethodSource("policies")
    @DisplayName("reader.read(writer.write(p)) equals p, through both writers")
    void round_trips(Policy p) {
      assertThat(READER.read(PolicyWriter.pretty().write(p))).isEqualTo(p);
      assertThat(READER.read(PolicyWriter.compact().write(p))).isEqualTo(p);
    }

    @Test
    @DisplayName("S1.1: layout and member order never change the parsed value")
    void layout_does_not_change_the_value() {
      Policy p = everyElement();
      String pretty = PolicyWriter.pretty().write(p);
      String compact = PolicyWriter.compact().write(p);
      String shuffled = """
          {"Statement":[{"Condition":{"StringLike":{"s3:prefix":["home/","home/${aws:username}/*"]},
          "NumericLessThanEquals":{"s3:max-keys":10},"Bool":{"aws:SecureTransport":[true,"false"]}},
          "Resource":"arn:aws:s3:::bucket/*","Action":["s3:GetObject","s3:List*"],
          "Principal":{"CanonicalUser":"79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be",
          "Federated":["accounts.google.com"],"Service":["ec2.amazonaws.com","lambda.amazonaws.com"],"AWS":"111122223333"},
          "Effect":"Allow","Sid":"First"},
          {"NotResource":["*"],"NotAction":"iam:*","NotPrincipal":"*","Effect":"Deny"}],
          "Id":"id-1",
          \t\r\n "Version" :   "2012-10-17"}
          """;
      assertThat(READER.read(pretty)).isEqualTo(p);
      assertThat(READER.read(compact)).isEqualTo(p);
      assertThat(READER.read(shuffled)).isEqualTo(p);
      assertThat(PolicyWriter.pretty().write(READER.read(shuffled))).isEqualTo(pretty);
    }
  }

  @Test
  void writes_to_a_writer_without_closing_it() {
    StringWriter out = new StringWriter();
    boolean[] closed = {false};
    Writer w = new FilterWriter(out) {
      @Override
      public void close() throws IOException {
        closed[0] = true;
        super.close();
      }
    };
    PolicyWriter.compact().write(Policy.builder().version(null).build(), w);
    assertThat(out.toString()).isEqualTo("{\"Statement\":[]}");
    assertThat(closed[0]).isFalse();
  }

  @Test
  void io_failures_are_unchecked_io_exceptions() {
    Writer failing = new Writer() {
      @Override
      public void write(char[] cbuf, int off, int len) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void flush() throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void close() {}
    };
    assertThatThrownBy(() -> PolicyWriter.pretty().write(everyElement(), failing))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining("disk full");
  }

  @Test
  void rejects_null_arguments() {
    new NullPointerTester().setDefault(Policy.class, Policy.builder().version(null).build()).testAllPublicInstanceMethods(PolicyWriter.pretty());
    new NullPointerTester().testAllPublicStaticMethods(PolicyWriter.class);
  }
}
