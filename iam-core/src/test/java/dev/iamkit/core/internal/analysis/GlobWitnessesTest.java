package dev.iamkit.core.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iamkit.core.internal.match.Glob;
import dev.iamkit.core.internal.value.Dates;
import dev.iamkit.core.internal.value.Decimals;
import dev.iamkit.core.internal.value.IpRange;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GlobWitnessesTest {

  private static BitSet vector(List<Glob> globs, String text) {
    BitSet v = new BitSet();
    for (int k = 0; k < globs.size(); k++) {
      if (globs.get(k).matches(text)) {
        v.set(k);
      }
    }
    return v;
  }

  private static Set<BitSet> vectors(List<Glob> globs, List<String> texts) {
    Set<BitSet> out = new HashSet<>();
    texts.forEach(t -> out.add(vector(globs, t)));
    return out;
  }

  /** Every text up to {@code length} over {@code alphabet}, the empty one included. */
  private static List<String> allTexts(String alphabet, int length) {
    List<String> out = new ArrayList<>(List.of(""));
    List<String> last = List.of("");
    for (int n = 1; n <= length; n++) {
      List<String> next = new ArrayList<>();
      for (String s : last) {
        for (char c : alphabet.toCharArray()) {
          next.add(s + c);
        }
      }
      out.addAll(next);
      last = next;
    }
    return out;
  }

  @Test
  void a_star_and_a_literal_get_a_text_for_each_of_their_three_classes() {
    List<Glob> globs = List.of(Glob.compileIgnoreCase("get*"), Glob.compileIgnoreCase("getobject"));
    GlobWitnesses.Result r = GlobWitnesses.of(globs, ":", false, 1000);
    assertThat(r.complete()).isTrue();
    assertThat(vectors(globs, r.texts())).hasSize(3);
    assertThat(r.texts()).contains("x", "get", "getobject").doesNotContain("");
  }

  @Test
  void case_sensitive_and_ignore_case_globs_are_told_apart_by_upper_case_letters() {
    List<Glob> globs = List.of(Glob.compile("a"), Glob.compileIgnoreCase("a"));
    GlobWitnesses.Result r = GlobWitnesses.of(globs, "", true, 1000);
    assertThat(r.texts()).contains("a", "A");
  }

  @Test
  void a_character_that_folds_to_a_letter_is_its_own_class_beside_case_sensitive_globs() {
    // U+212A KELVIN SIGN lower-cases to k: it matches "k" ignoring case, but neither "k" nor "K" exactly.
    List<Glob> globs = List.of(Glob.compile("k"), Glob.compile("K"), Glob.compileIgnoreCase("k"));
    GlobWitnesses.Result r = GlobWitnesses.of(globs, "", true, 1000);
    assertThat(vectors(globs, r.texts())).contains(vector(globs, "\u212a"));
    assertThat(r.texts()).contains("\u212a");
  }

  @Test
  void witnesses_realise_every_combination_brute_force_realises_over_short_texts() {
    Random random = new Random(20261206L);
    String pieces = "ab*?";
    for (int round = 0; round < 150; round++) {
      List<Glob> globs = new ArrayList<>();
      int n = 1 + random.nextInt(4);
      for (int g = 0; g < n; g++) {
        StringBuilder sb = new StringBuilder();
        int len = random.nextInt(4);
        for (int k = 0; k < len; k++) {
          sb.append(pieces.charAt(random.nextInt(pieces.length())));
        }
        globs.add(random.nextBoolean() ? Glob.compile(sb.toString()) : Glob.compileIgnoreCase(sb.toString()));
      }
      GlobWitnesses.Result r = GlobWitnesses.of(globs, "", true, 10_000);
      assertThat(r.complete()).isTrue();
      Set<BitSet> found = vectors(globs, r.texts());
      assertThat(found).as("%s", globs).containsAll(vectors(globs, allTexts("abABc", 5)));
      assertThat(found).hasSameSizeAs(r.texts());
    }
  }

  @Test
  void the_state_cap_is_reported() {
    List<Glob> globs = new ArrayList<>();
    for (int k = 0; k < 12; k++) {
      globs.add(Glob.compile("*" + "ab".repeat(k) + "*"));
    }
    assertThat(GlobWitnesses.of(globs, "", true, 5).complete()).isFalse();
  }

  @Test
  void boundary_values_are_well_formed_and_lie_on_both_sides_of_each_bound() {
    List<String> numbers = Boundaries.numbers(List.of(new BigDecimal("10"), new BigDecimal("-2.5")));
    assertThat(numbers).containsExactly("-3.5", "-2.5", "3.75", "10", "11");
    assertThat(numbers).allSatisfy(n -> assertThat(Decimals.isValid(n)).isTrue());
    List<String> dates = Boundaries.dates(List.of(Instant.parse("2026-01-01T00:00:00Z"),
        Instant.parse("2026-01-01T00:00:01Z")));
    assertThat(dates).hasSize(5).allSatisfy(d -> assertThat(Dates.isValid(d)).as(d).isTrue());
    List<String> addresses = Boundaries.addresses(List.of(IpRange.parse("203.0.113.0/24").orElseThrow(),
        IpRange.parse("2001:db8::/32").orElseThrow()));
    assertThat(addresses).contains("203.0.112.255", "203.0.113.0", "203.0.113.255", "203.0.114.0", "0.0.0.0",
        "255.255.255.255");
    assertThat(addresses).allSatisfy(a -> assertThat(IpRange.isAddress(a)).as(a).isTrue());
    assertThat(addresses).filteredOn(a -> a.contains(":")).hasSize(6);
  }
}
