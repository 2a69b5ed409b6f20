package dev.iamkit.core.internal.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The service reference snapshot behind the validator's catalogue warnings (S1.8, S3.13). */
class ServiceCatalogTest {
  private final ServiceCatalog catalog = ServiceCatalog.instance();

  @Test
  void is_loaded_once() {
    assertThat(ServiceCatalog.instance()).isSameAs(catalog);
  }

  @Test
  @DisplayName("A packed action table whose chars exceed its 24-bit offsets fails loudly instead of aliasing texts")
  void packed_table_rejects_more_chars_than_its_offsets_address() {
    String longest = "a".repeat(255);
    int fit = (1 << 24) / longest.length();
    assertThat(new ServiceCatalog.SpelledTable(java.util.List.of(longest)).contains(longest)).isTrue();
    assertThatThrownBy(() -> new ServiceCatalog.SpelledTable(java.util.Collections.nCopies(fit + 1, longest)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("24-bit");
  }

  @Nested
  class Actions {
    @Test
    void knows_services_ignoring_case() {
      assertThat(catalog.isKnownService("s3")).isTrue();
      assertThat(catalog.isKnownService("IAM")).isTrue();
      assertThat(catalog.isKnownService("access-analyzer")).isTrue();
      assertThat(catalog.isKnownService("nosuchservice")).isFalse();
    }

    @Test
    @DisplayName("S1.12: action lookups ignore case and give AWS's spelling")
    void finds_actions_ignoring_case() {
      assertThat(catalog.action("S3", "GETOBJECT")).contains("GetObject");
      assertThat(catalog.action("iam", "listaccesskeys")).contains("ListAccessKeys");
      assertThat(catalog.action("ec2", "DescribeInstances")).contains("DescribeInstances");
      assertThat(catalog.action("s3", "GetObjekt")).isEmpty();
      assertThat(catalog.action("nosuch", "GetObject")).isEmpty();
    }

    @Test
    @DisplayName("S1.12: hasAction(prefix:name) agrees with action(prefix, name) for every action, in any case")
    void has_action_agrees_with_action() {
      int i = 0;
      for (String service : catalog.services()) {
        for (String name : catalog.actionNames(service)) {
          String text = (i++ % 2 == 0 ? service.toUpperCase(java.util.Locale.ROOT) : service) + ":"
              + (i % 3 == 0 ? name.toLowerCase(java.util.Locale.ROOT) : name);
          assertThat(catalog.hasAction(text)).as(text).isTrue();
          assertThat(catalog.hasAction(text + "x")).as(text + "x")
              .isEqualTo(catalog.action(service, name + "x").isPresent());
        }
      }
      assertThat(catalog.hasAction("s3:GetObjekt")).isFalse();
      assertThat(catalog.hasAction("nosuch:GetObject")).isFalse();
      assertThat(catalog.hasAction("s3:")).isFalse();
      assertThat(catalog.hasAction("s3:getobject")).isTrue();
    }

    @Test
    @DisplayName("S1.12: non-ASCII text is lower-cased with Locale.ROOT as before: the Kelvin sign reads as k")
    void non_ascii_lookups_lower_case_with_the_root_locale() {
      assertThat(catalog.action("s3", "ListBuc\u212Aet".translateEscapes())).contains("ListBucket");
      assertThat(catalog.hasAction("s3:ListBuc\u212Aet".translateEscapes())).isTrue();
      assertThat(catalog.isKnownService("\u212Ams".translateEscapes())).isTrue();
      assertThat(catalog.conditionKey("aws:SourceIp\u212A".translateEscapes())).isEmpty();
      assertThat(catalog.conditionKey("\u212Ams:ViaService".translateEscapes())).isPresent();
      assertThat(catalog.hasAction("s3:Get\u00e9".translateEscapes())).isFalse();
    }

    @Test
    void lists_actions_of_a_service() {
      assertThat(catalog.actionNames("sts")).contains("AssumeRole", "GetCallerIdentity", "TagSession");
      assertThat(catalog.actionNames("nosuch")).isEmpty();
    }

    @Test
    @DisplayName("Turkish default locale: lower-casing 'I' must not give a dotless i")
    void lookups_do_not_depend_on_the_default_locale() {
      assertThat(catalog.action("IAM", "LISTINSTANCEPROFILES")).contains("ListInstanceProfiles");
    }
  }

  @Nested
  class ConditionKeys {

    @Test
    @DisplayName("S3.3: every key pattern of the reference, its placeholders filled in, is found in any case, and gives"
        + " the key a scan of all the reference's keys finds")
    void finds_every_instance_of_every_key_pattern() throws java.io.IOException {
      // The oracle: every key of the reference (lower-cased as S3.3 says), its spelling and types, scanned linearly.
      java.util.Map<String, String> spelling = new java.util.LinkedHashMap<>();
      java.util.Map<String, java.util.Set<String>> types = new java.util.LinkedHashMap<>();
      for (String file : java.util.List.of("condition-keys.txt", "global-keys.txt")) {
        try (java.io.InputStream in = ServiceCatalog.class.getResourceAsStream(file)) {
          assertThat(in).as(file).isNotNull();
          for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
            if (line.startsWith("#") || line.isEmpty()) {
              continue;
            }
            String key = line.substring(0, line.indexOf('\t'));
            String lower = key.toLowerCase(java.util.Locale.ROOT);
            spelling.putIfAbsent(lower, key);
            types.computeIfAbsent(lower, k -> new java.util.HashSet<>())
                .addAll(java.util.List.of(line.substring(line.indexOf('\t') + 1).split("\\|", -1)));
          }
        }
      }
      java.util.Map<String, java.util.regex.Pattern> regexes = new java.util.LinkedHashMap<>();
      for (String other : spelling.keySet()) {
        if (other.contains("${")) { // each placeholder stands for one or more characters
          regexes.put(other, java.util.regex.Pattern.compile(java.util.Arrays.stream(other.split("\\$\\{[^}]*}", -1))
              .map(java.util.regex.Pattern::quote).collect(java.util.stream.Collectors.joining(".+"))));
        }
      }
      int patterns = 0;
      for (String pattern : regexes.keySet()) {
        String key = spelling.get(pattern).replaceAll("\\$\\{[^}]*}", "Team-1");
        String lower = key.toLowerCase(java.util.Locale.ROOT);
        java.util.List<String> expected = new java.util.ArrayList<>();
        if (types.containsKey(lower)) {
          expected.add(lower); // an exact key wins over the patterns
        } else {
          regexes.forEach((other, regex) -> {
            if (regex.matcher(lower).matches()) {
              expected.add(other);
            }
          });
          assertThat(expected).as(key).contains(pattern);
        }
        ServiceCatalog.KeyInfo found = catalog.conditionKey(key).orElseThrow();
        String foundLower = found.name().toLowerCase(java.util.Locale.ROOT);
        assertThat(expected).as(key).contains(foundLower);
        assertThat(found.name()).as(key).isEqualTo(spelling.get(foundLower));
        assertThat(found.types()).as(key).isEqualTo(types.get(foundLower));
        assertThat(catalog.conditionKey(key.toUpperCase(java.util.Locale.ROOT))).as(key).contains(found);
        patterns++;
      }
      assertThat(patterns).isGreaterThan(100);
      assertThat(catalog.conditionKey("aws:ResourceTag/")).isEmpty();
      assertThat(catalog.conditionKey("nosuch:ResourceTag/x")).isEmpty();
    }
    @ParameterizedTest
    @ValueSource(strings = {"aws:SourceIp", "AWS:SOURCEIP", "aws:PrincipalTag/team", "aws:RequestTag/Cost Center",
        "s3:prefix", "ec2:ResourceTag/Name", "kms:EncryptionContext:aws:s3:arn", "sts:ExternalId",
        "accounts.google.com:aud", "saml:aud"})
    void knows_keys_and_tag_key_forms(String key) {
      assertThat(catalog.conditionKey(key)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"aws:SourceIpp", "aws:PrincipalTag/", "s3:prefixx", "nosuch:key", "aws:RequestTag"})
    void rejects_unknown_keys(String key) {
      assertThat(catalog.conditionKey(key)).isEmpty();
    }

    @Test
    @DisplayName("S3.13: ArrayOf types are multivalued, the others single-valued")
    void multivalued_keys() {
      assertThat(catalog.conditionKey("aws:TagKeys").orElseThrow().isMultivalued()).isTrue();
      assertThat(catalog.conditionKey("aws:PrincipalOrgPaths").orElseThrow().isMultivalued()).isTrue();
      assertThat(catalog.conditionKey("sts:TransitiveTagKeys").orElseThrow().isMultivalued()).isTrue();
      assertThat(catalog.conditionKey("aws:SourceIp").orElseThrow().isSingleValued()).isTrue();
      assertThat(catalog.conditionKey("aws:PrincipalTag/x").orElseThrow().isSingleValued()).isTrue();
    }

    @Test
    void keys_the_reference_types_both_ways_are_neither() {
      ServiceCatalog.KeyInfo info = catalog.conditionKey("identitystore:UserId").orElseThrow();
      assertThat(info.isMultivalued()).isFalse();
      assertThat(info.isSingleValued()).isFalse();
    }

    @Test
    @DisplayName("the reference's <key> and /tag-key placeholders are placeholders too")
    void knows_keys_whose_placeholder_the_reference_spells_differently() {
      assertThat(catalog.conditionKey("s3:ExistingObjectTag/UseWithCodeDeploy")).isPresent();
      assertThat(catalog.conditionKey("secretsmanager:ResourceTag/aws:secretsmanager:owningService")).isPresent();
    }

    @Test
    void knows_key_prefixes() {
      assertThat(catalog.isKnownKeyPrefix("aws")).isTrue();
      assertThat(catalog.isKnownKeyPrefix("S3")).isTrue();
      assertThat(catalog.isKnownKeyPrefix("a2c")).isTrue();
      assertThat(catalog.isKnownKeyPrefix("nosuch")).isFalse();
    }
  }
}
