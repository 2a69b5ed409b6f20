package dev.iamkit.core.directory;

import static dev.iamkit.core.directory.TestWorld.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iamkit.core.credentials.AccessKey;
import dev.iamkit.core.eval.Decision;
import dev.iamkit.core.identity.Session;
import dev.iamkit.core.sts.AssumeRoleRequest;
import dev.iamkit.core.sts.AssumeRoleResult;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IamFlowTest {
  @Test
  void user_with_keys_assumes_a_role_and_acts_with_its_permissions() {
    MutableClock clock = new MutableClock(START);
    Iam iam = iam(clock);
    iam.update(d -> d.createAccount(A));
    iam.createUser(A, "/", "alice");
    iam.putUserPolicy(A, "alice", "assume", doc(allow("sts:AssumeRole", "*")));
    iam.createRole(A, "/", "Deployer", doc(trust(aws("arn:aws:iam::111122223333:root"))), 3600);
    iam.putRolePolicy(A, "Deployer", "ec2", doc(allow("ec2:*", "*")));
    AccessKey key = iam.createAccessKey(A, "alice");
    Session alice = iam.authenticate(key.accessKeyId(), key.secretAccessKey().reveal());
    assertThat(iam.authorize(alice, "ec2:StartInstances", "*").decision()).isEqualTo(Decision.IMPLICIT_DENY);
    AssumeRoleResult r = iam.assumeRole(alice, AssumeRoleRequest.of("arn:aws:iam::111122223333:role/Deployer", "deploy"));
    assertThat(r.assumedRoleArn().toString()).isEqualTo("arn:aws:sts::111122223333:assumed-role/Deployer/deploy");
    Session deployer = iam.authenticate(r.credentials().accessKeyId(), r.credentials().secretAccessKey().reveal(),
        r.credentials().sessionToken().reveal());
    assertThat(iam.authorize(deployer, "ec2:StartInstances", "arn:aws:ec2:us-east-1:111122223333:instance/i-1",
        Map.of()).decision()).isEqualTo(Decision.ALLOW);
  }
}
