import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A clickhouse-server process started for tests: loopback only, free ports, a temporary data folder. */
export interface TestClickHouse {
  /** `http://default:@127.0.0.1:PORT/DATABASE`, the form OPENCJM_CLICKHOUSE_URL takes. */
  readonly url: string;
  readonly httpPort: number;
  readonly tcpPort: number;
  stop(): Promise<void>;
}

/** A shard of a cluster, for the `remote_servers` section of the config. */
export interface ShardAddress {
  host: string;
  tcpPort: number;
}

/** The server binary: on the PATH, or where Debian's package puts it (/usr/sbin is not on every PATH). */
export function clickHouseServerBinary(): string | null {
  const found = spawnSync('sh', ['-c', 'command -v clickhouse-server'], { encoding: 'utf8' });
  if (found.status === 0) return found.stdout.trim();
  return ['/usr/sbin/clickhouse-server', '/usr/bin/clickhouse-server'].find((p) => existsSync(p)) ?? null;
}

/**
 * Whether clickhouse-server can be run here. Tests that need it skip with a warning when
 * it is absent; CI (`.ci/run`) installs it, so there they always run.
 */
export function clickHouseAvailable(): boolean {
  const ok = clickHouseServerBinary() !== null;
  if (!ok) {
    console.warn(
      'clickhouse-server is not installed: the ClickHouse tests are skipped (install clickhouse-server, as .ci/run does)',
    );
  }
  return ok;
}

/**
 * Starts a clickhouse-server as a child process and waits until it answers. `cluster`
 * adds a `remote_servers` cluster named `opencjm` with one shard per address (for
 * Distributed tables); `maxMemoryBytes` is the memory one query may use (2 GB unless
 * given; when given, GROUP BY and ORDER BY spill to the data folder past half of it).
 * `stop` kills the process and removes its folder.
 */
export async function startTestClickHouse(
  options: {
    database?: string;
    cluster?: (self: { tcpPort: number }) => ShardAddress[];
    maxMemoryBytes?: number;
  } = {},
): Promise<TestClickHouse> {
  const dir = mkdtempSync(join(tmpdir(), 'opencjm-clickhouse-'));
  const [httpPort = 0, tcpPort = 0, interPort = 0] = await freePorts(3);
  const shards = options.cluster?.({ tcpPort }) ?? [];
  writeFileSync(join(dir, 'users.xml'), users(options.maxMemoryBytes));
  writeFileSync(join(dir, 'config.xml'), config(dir, httpPort, tcpPort, interPort, shards));
  const binary = clickHouseServerBinary();
  if (binary === null) throw new Error('clickhouse-server is not installed');
  const child: ChildProcess = spawn(binary, [`--config-file=${join(dir, 'config.xml')}`], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4000);
  });
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitUntilReady(httpPort, child, () => stderr);
    const database = options.database ?? 'default';
    return { url: `http://default:@127.0.0.1:${httpPort}/${database}`, httpPort, tcpPort, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function waitUntilReady(port: number, child: ChildProcess, stderr: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`clickhouse-server exited (${child.exitCode}): ${stderr()}`);
    try {
      const answer = await fetch(`http://127.0.0.1:${port}/ping`);
      if (answer.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`clickhouse-server did not answer on port ${port} within 30 s: ${stderr()}`);
}

async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<ReturnType<typeof createServer>>((resolve, reject) => {
          const server = createServer();
          server.once('error', reject);
          server.listen(0, '127.0.0.1', () => resolve(server));
        }),
    ),
  );
  const ports = servers.map((s) => {
    const address = s.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    return address.port;
  });
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  return ports;
}

function config(dir: string, http: number, tcp: number, inter: number, shards: ShardAddress[]): string {
  const cluster =
    shards.length === 0
      ? ''
      : `<remote_servers><opencjm>${shards
          .map((s) => `<shard><replica><host>${s.host}</host><port>${s.tcpPort}</port></replica></shard>`)
          .join('')}</opencjm></remote_servers>`;
  return `<?xml version="1.0"?>
<yandex>
  <logger><level>warning</level><log>${dir}/server.log</log><errorlog>${dir}/server.err.log</errorlog><size>10M</size><count>1</count></logger>
  <listen_host>127.0.0.1</listen_host>
  <http_port>${http}</http_port>
  <tcp_port>${tcp}</tcp_port>
  <interserver_http_port>${inter}</interserver_http_port>
  <interserver_http_host>127.0.0.1</interserver_http_host>
  <path>${dir}/data/</path>
  <tmp_path>${dir}/tmp/</tmp_path>
  <user_files_path>${dir}/user_files/</user_files_path>
  <format_schema_path>${dir}/format_schemas/</format_schema_path>
  <users_config>${dir}/users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <timezone>UTC</timezone>
  <mark_cache_size>268435456</mark_cache_size>
  <uncompressed_cache_size>268435456</uncompressed_cache_size>
  <max_concurrent_queries>50</max_concurrent_queries>
  <mlock_executable>false</mlock_executable>
  ${cluster}
</yandex>
`;
}

const users = (maxMemoryBytes?: number) => `<?xml version="1.0"?>
<yandex>
  <profiles><default><max_memory_usage>${maxMemoryBytes ?? 2_000_000_000}</max_memory_usage>${
    maxMemoryBytes === undefined
      ? ''
      : `<max_bytes_before_external_group_by>${Math.floor(maxMemoryBytes / 2)}</max_bytes_before_external_group_by>` +
        `<max_bytes_before_external_sort>${Math.floor(maxMemoryBytes / 2)}</max_bytes_before_external_sort>`
  }</default></profiles>
  <users><default><password></password><networks><ip>127.0.0.1</ip><ip>::1</ip></networks><profile>default</profile><quota>default</quota></default></users>
  <quotas><default><interval><duration>3600</duration><queries>0</queries><errors>0</errors><result_rows>0</result_rows><read_rows>0</read_rows><execution_time>0</execution_time></interval></default></quotas>
</yandex>
`;
