package dev.iamkit.bench;

import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.core.policy.PolicyValidator;
import dev.iamkit.core.policy.SizeLimit;
import dev.iamkit.json.PolicyReader;
import dev.iamkit.json.PolicyWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import software.amazon.awssdk.policybuilder.iam.IamPolicyReader;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * P1 and P2 over the AWS managed-policy corpus (one {@code get-policy-version} JSON file a policy), folder from
 * the system property {@code iamkit.corpus} (the launchers default it to
 * the corpus folder of the shared data beside the repository; the corpus is GPL and never copied into it). Without
 * the corpus the setup fails with a message starting "skipped:" and JMH goes on with the other benchmarks. One
 * operation is the whole corpus. The AWS SDK for Java v2's {@code IamPolicyReader} cannot read the
 * {@code PolicyVersion} wrapper, so it is compared on the policy documents cut out of the files (the exact text
 * between the braces of {@code "Document"}), which {@link #parseAndValidateDocuments} reads too.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CorpusBenchmark {
  private String[] files = new String[0];
  private String[] documents = new String[0];
  private Policy[] policies = new Policy[0];
  private final PolicyReader reader = PolicyReader.standard();
  // AWS does not hold its own managed policies to customer size quotas.
  private final PolicyValidator validator = PolicyValidator.builder().sizeLimit(SizeLimit.NONE).build();
  private final IamPolicyReader sdkReader = IamPolicyReader.create();
  private final JsonFactory tokens = new JsonFactory();

  /** Reads the corpus files into memory and cuts out their documents. */
  @Setup(Level.Trial)
  public void load() {
    Path folder = BenchFiles.required("iamkit.corpus", "the managed-policy corpus folder (aws-managed-policies)");
    List<Path> paths = BenchFiles.jsonFiles(folder);
    files = new String[paths.size()];
    documents = new String[paths.size()];
    policies = new Policy[paths.size()];
    for (int i = 0; i < files.length; i++) {
      files[i] = BenchFiles.read(paths.get(i));
      documents[i] = document(files[i], paths.get(i));
      policies[i] = reader.read(files[i]);
      if (!reader.read(documents[i]).equals(policies[i])) {
        throw new IllegalStateException(paths.get(i) + ": the cut-out document reads differently from the file");
      }
    }
  }

  /** The exact text of {@code PolicyVersion.Document} in a {@code get-policy-version} file. */
  static String document(String file, Path name) {
    try (JsonParser p = new JsonFactory().createParser(ObjectReadContext.empty(), file)) {
      int depth = 0;
      String pending = null;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.PROPERTY_NAME) {
          pending = p.currentName();
        } else if (t == JsonToken.START_OBJECT) {
          if (depth == 2 && "Document".equals(pending)) {
            int start = (int) p.currentTokenLocation().getCharOffset();
            p.skipChildren();
            int end = (int) p.currentLocation().getCharOffset();
            return file.substring(start, end);
          }
          depth++;
        } else if (t == JsonToken.END_OBJECT) {
          depth--;
        }
      }
    }
    throw new IllegalStateException(name + " has no PolicyVersion.Document object");
  }

  /** P1: parse (unwrapping {@code PolicyVersion}) and validate, as an identity policy, every corpus file. */
  @Benchmark
  public void parseAndValidate(Blackhole bh) {
    for (String f : files) {
      Policy p = reader.read(f);
      bh.consume(validator.validate(p, PolicyKind.IDENTITY, f));
    }
  }

  /** P1 on the documents the SDK reads: parse and validate every policy document. */
  @Benchmark
  public void parseAndValidateDocuments(Blackhole bh) {
    for (String d : documents) {
      Policy p = reader.read(d);
      bh.consume(validator.validate(p, PolicyKind.IDENTITY, d));
    }
  }

  /** P1, its reading half: parse (unwrapping {@code PolicyVersion}) every corpus file, without validating. */
  @Benchmark
  public void parse(Blackhole bh) {
    for (String f : files) {
      bh.consume(reader.read(f));
    }
  }

  /** P1, its validating half: validate, as an identity policy, every corpus policy read in the setup. */
  @Benchmark
  public void validate(Blackhole bh) {
    for (int i = 0; i < policies.length; i++) {
      bh.consume(validator.validate(policies[i], PolicyKind.IDENTITY, files[i]));
    }
  }

  /** P1, the comparison: the AWS SDK for Java v2 {@code IamPolicyReader} (2.40.2) reading every document. */
  @Benchmark
  public void awsSdkRead(Blackhole bh) {
    for (String d : documents) {
      bh.consume(sdkReader.read(d));
    }
  }

  /**
   * A reference point for P1, not a reader: Jackson's streaming parser (the one the SDK reader builds on) going
   * through every token of every corpus file and materialising every name and string as a {@code String}. Any reader
   * built on Jackson that keeps every value costs at least this much.
   */
  @Benchmark
  public long floorJacksonTokens() {
    long n = 0;
    for (String f : files) {
      try (JsonParser p = tokens.createParser(ObjectReadContext.empty(), f)) {
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
          if (t == JsonToken.VALUE_STRING || t == JsonToken.PROPERTY_NAME) {
            n += p.getString().length();
          }
        }
      }
    }
    return n;
  }

  /**
   * A reference point for P1, not a reader: one pass over every char of every corpus file that cuts out every
   * quoted run as a new {@code String} (escapes ignored), the least work of any reader that keeps every value;
   * nothing else is built and nothing is checked.
   */
  @Benchmark
  public long floorCutStrings() {
    long n = 0;
    for (String f : files) {
      int length = f.length();
      int i = 0;
      while (i < length) {
        if (f.charAt(i) == '"') {
          int end = f.indexOf('"', i + 1);
          if (end < 0) {
            break;
          }
          n += f.substring(i + 1, end).length();
          i = end + 1;
        } else {
          i++;
        }
      }
    }
    return n;
  }

  /** P2: writing every policy back with {@code PolicyWriter.pretty()}. */
  @Benchmark
  public void write(Blackhole bh) {
    PolicyWriter writer = PolicyWriter.pretty();
    for (Policy p : policies) {
      bh.consume(writer.write(p));
    }
  }
}
