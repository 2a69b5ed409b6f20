package dev.iamkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iamkit.core.arn.AccountId;
import dev.iamkit.core.credentials.AccessKey;
import dev.iamkit.core.directory.Iam;
import dev.iamkit.core.eval.Decision;
import dev.iamkit.core.eval.Evaluation;
import dev.iamkit.core.identity.Session;
import dev.iamkit.core.sts.AssumeRoleRequest;
import dev.iamkit.core.sts.AssumeRoleResult;
import java.security.SecureRandom;
import java.time.Clock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The README's "Identities, credentials and STS" example, kept compiling and true. */
class IdentitiesReadmeExampleTest {
  @Test
  @DisplayName("S8.8, S8.5: the README example: alice assumes Deployer and acts with the role's permissions")
  void readme_example() {
    AccountId account = AccountId.parse("111122223333");
    Iam iam = Iam.builder().clock(Clock.systemUTC()).random(new SecureRandom()).build();
    iam.update(d -> d.createAccount(account));

    iam.createUser(account, "/", "alice");
    iam.putUserPolicy(account, "alice", "AssumeDeployer", PolicyReader.standard().read("""
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole",
          "Resource": "arn:aws:iam::111122223333:role/Deployer"}]}"""));
    iam.createRole(account, "/", "Deployer", PolicyReader.standard().read("""
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole",
          "Principal": {"AWS": "arn:aws:iam::111122223333:root"},
          "Condition": {"StringEquals": {"sts:ExternalId": "ext-4711"}}}]}"""), 3600);
    iam.putRolePolicy(account, "Deployer", "Ec2", PolicyReader.standard().read("""
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "ec2:*", "Resource": "*"}]}"""));

    AccessKey key = iam.createAccessKey(account, "alice");             // AKIA..., the secret shown once
    Session alice = iam.authenticate(key.accessKeyId(), key.secretAccessKey().reveal());
    AssumeRoleResult deployer = iam.assumeRole(alice,
        AssumeRoleRequest.builder("arn:aws:iam::111122223333:role/Deployer", "deploy")
            .durationSeconds(900)
            .externalId("ext-4711")
            .build());
    assertThat(deployer.assumedRoleArn().toString()).isEqualTo("arn:aws:sts::111122223333:assumed-role/Deployer/deploy");

    Evaluation e = iam.authorize(deployer.session(), "ec2:StartInstances",
        "arn:aws:ec2:us-east-1:111122223333:instance/i-0abc");
    assertThat(e.decision()).isEqualTo(Decision.ALLOW);
    assertThat(iam.authorize(alice, "ec2:StartInstances", "arn:aws:ec2:us-east-1:111122223333:instance/i-0abc")
        .decision()).isEqualTo(Decision.IMPLICIT_DENY);
  }
}
