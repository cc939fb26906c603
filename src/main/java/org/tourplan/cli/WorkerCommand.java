package org.tourplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import org.tourplan.app.Where;
import org.tourplan.app.WorkerJob;
import org.tourplan.text.Numbers;

/** {@code tourplan worker --cluster ...}: a cluster member that runs units for sweeps, comparisons and plans. */
@Command(name = "worker", mixinStandardHelpOptions = true,
    description = {"Starts a tourplan cluster member on this machine and runs months for the commands that "
        + "simulate (simulate, check, report, season, shuttles --compare, sweep, compare, plan) started with "
        + "--cluster; stops on Ctrl-C. Start one on each machine, all with the same --cluster list, the same key and "
        + "the same tourplan jar (see docs/cluster.md).",
        "Exit codes: 0 stopped, 2 bad input or usage."})
final class WorkerCommand implements Callable<Integer> {
  @Option(names = "--cluster", paramLabel = "HOST:PORT,...", required = true,
      description = "The cluster's members, listed one by one (this machine's own address may be among them).")
  String cluster;

  @Option(names = "--port", paramLabel = "P", defaultValue = "5701",
      description = "This member's port (the next free one is taken when it is in use). Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(names = "--cluster-key-file", paramLabel = "FILE",
      description = "The file holding the cluster's shared key (else the environment variable "
          + Where.KEY_ENV + "). Required when the cluster spans machines; members without it cannot join or get "
          + "work.")
  Path keyFile;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    CommandLine cl = spec.commandLine();
    if (port < 1 || port > 65535) {
      throw new CommandLine.ParameterException(cl, "--port: found " + port + ", expected 1 to 65535");
    }
    Where where = ClusterOptions.checked(cl, new Where(1, 1, cluster, keyFile, port), "worker",
        "a worker needs a build with it");
    WorkerJob worker;
    try {
      worker = WorkerJob.start(where);
    } catch (RuntimeException e) {
      throw new UserError("cannot start a worker on port " + port + ": " + Text.safe(String.valueOf(e.getMessage())));
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      worker.close(); // a graceful leave: the others see it go before it stops
      stopped.countDown();
    }, "tourplan-worker-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    PrintWriter o = cl.getOut();
    o.printf("tourplan worker %s (build %s) in cluster '%s' (%s)%s; Ctrl-C stops it%n",
        worker.address(), worker.fingerprint(), worker.clusterName(),
        Numbers.plural(worker.members(), "member"), worker.loopbackOnly() ? ", no key: loopback only" : "");
    o.flush();
    stopped.await();
    return 0;
  }
}
