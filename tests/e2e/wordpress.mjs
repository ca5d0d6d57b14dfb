// A real WordPress for the end-to-end tests, started and stopped by the test that uses it:
// Debian's WordPress files (unpacked by `cargo xtask test` into target/wordpress/), a private
// MariaDB whose data and socket live in a temporary folder (no network port), and PHP's own web
// server on 127.0.0.1. Nothing is installed or configured outside that folder, and WordPress is
// kept off the network: it may fetch only from 127.0.0.1.
import { spawn } from 'node:child_process';
import { mkdtemp, mkdir, writeFile, symlink, readdir, rm, readFile } from 'node:fs/promises';
import { existsSync, openSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Debian's WordPress, unpacked by `cargo xtask test`. */
export const WORDPRESS = process.env.TWO_WORDS_WORDPRESS
  ?? new URL('../../target/wordpress/usr/share/wordpress', import.meta.url).pathname;

const MARIADBD = '/usr/sbin/mariadbd';
const INSTALL_DB = '/usr/bin/mariadb-install-db';
const PHP = '/usr/bin/php';

/**
 * Starts WordPress with a fresh database and resolves to `{ url, publish, stop }`.
 * `allowPorts` are the ports of 127.0.0.1 that WordPress may fetch from besides the standard
 * ones (its HTTP API refuses others): where the page to embed is served.
 */
export async function startWordPress({ allowPorts = [] } = {}) {
  for (const [file, what] of [[WORDPRESS + '/wp-settings.php', 'WordPress (cargo xtask test unpacks it)'], [MARIADBD, 'MariaDB (mariadb-server-core)'], [PHP, 'PHP (php-cli)']]) {
    if (!existsSync(file)) throw new Error(`${what} is missing: ${file}`);
  }
  const dir = await mkdtemp(join(tmpdir(), 'two-words-wp-'));
  const processes = [];
  const stop = async () => {
    for (const child of processes.reverse()) {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      }
    }
    await rm(dir, { recursive: true, force: true });
  };
  try {
    const socket = join(dir, 'db.sock');
    processes.push(await startDatabase(dir, socket));
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const prepend = await siteFiles(dir, { socket, url, allowPorts });
    const php = (args) => [PHP, '-d', `auto_prepend_file=${prepend}`, ...args];
    await run(php([join(dir, 'install.php')]), 'installing WordPress');
    processes.push(await startPhpServer(php(['-S', `127.0.0.1:${port}`, '-t', join(dir, 'site')]), url, dir));
    /** Publishes a post whose content is `blocks` and resolves to its address. */
    const publish = async (title, blocks) => {
      const out = await run(php([join(dir, 'publish.php'), title, blocks]), 'publishing a post');
      const address = out.trim().split('\n').at(-1);
      if (!address.startsWith(url)) throw new Error(`WordPress did not publish the post: ${out}`);
      return address;
    };
    return { url, publish, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * The block WordPress's editor saves when a link to a site it does not know is pasted on a line
 * of its own and turns into an embed: the link inside an embed block, which WordPress replaces
 * with the site's oEmbed frame when it shows the post.
 */
export function embedBlock(link, providerSlug) {
  return `<!-- wp:embed {"url":"${link}","type":"rich","providerNameSlug":"${providerSlug}","responsive":true} -->
<figure class="wp-block-embed is-type-rich is-provider-${providerSlug} wp-block-embed-${providerSlug}"><div class="wp-block-embed__wrapper">
${link}
</div></figure>
<!-- /wp:embed -->`;
}

/** A MariaDB server of its own in `dir`, reached only through `socket`, with an empty database. */
async function startDatabase(dir, socket) {
  const data = join(dir, 'db');
  const asRoot = process.getuid?.() === 0 ? ['--user=root'] : [];
  await run([INSTALL_DB, '--no-defaults', `--datadir=${data}`, '--auth-root-authentication-method=normal',
    '--skip-test-db', ...asRoot], 'creating the database files');
  const init = join(dir, 'init.sql');
  await writeFile(init, 'CREATE DATABASE IF NOT EXISTS wordpress;\n');
  const log = join(dir, 'db.log');
  const server = spawn(MARIADBD, ['--no-defaults', `--datadir=${data}`, `--socket=${socket}`, '--skip-networking',
    `--pid-file=${join(dir, 'db.pid')}`, `--log-error=${log}`, `--init-file=${init}`, '--innodb-buffer-pool-size=16M',
    ...asRoot], { stdio: 'ignore' });
  await waitFor(() => existsSync(socket), server, async () => `MariaDB did not start: ${await tail(log)}`);
  return server;
}

/**
 * The folder PHP serves: every file of Debian's WordPress linked in, beside a wp-config.php of
 * this test's own (Debian's reads its settings from /etc/wordpress, which the test leaves
 * alone), and the scripts that install WordPress and publish a post. Returns the file PHP runs
 * before every script: it names that folder as WordPress's, since PHP resolves the links.
 */
async function siteFiles(dir, { socket, url, allowPorts }) {
  const site = join(dir, 'site');
  const content = join(dir, 'content');
  await mkdir(site);
  for (const name of await readdir(WORDPRESS)) {
    if (name !== 'wp-config.php' && name !== 'wp-content') await symlink(join(WORDPRESS, name), join(site, name));
  }
  for (const folder of ['plugins', 'uploads', 'mu-plugins', 'themes']) await mkdir(join(content, folder), { recursive: true });
  await symlink(join(WORDPRESS, 'wp-content/themes/twentytwentythree'), join(content, 'themes/twentytwentythree'));
  await symlink(content, join(site, 'wp-content'));
  const php = (text) => JSON.stringify(text).replaceAll('$', '\\$');
  await writeFile(join(site, 'wp-config.php'), `<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', ${php(`localhost:${socket}`)});
define('WP_HOME', ${php(url)});
define('WP_SITEURL', ${php(url)});
define('WP_CONTENT_DIR', ${php(content)});
// No request leaves this machine: WordPress may fetch only from its own host, 127.0.0.1.
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
$table_prefix = 'wp_';
require_once ABSPATH . 'wp-settings.php';
`);
  // WordPress fetches from the standard web ports only; the page to embed is on a test port.
  // Its pages would also ask the reader's browser for emoji pictures from wordpress.org when
  // the browser lacks an emoji font, and for a favicon it does not have: neither is wanted.
  await writeFile(join(content, 'mu-plugins/test-site.php'), `<?php
add_filter('http_allowed_safe_ports', function ($ports) { return array_merge($ports, ${JSON.stringify(allowPorts.map(Number))}); });
remove_action('wp_head', 'print_emoji_detection_script', 7);
add_action('wp_head', function () { echo '<link rel="icon" href="data:,">'; });
`);
  await writeFile(join(dir, 'install.php'), `<?php
define('WP_INSTALLING', true);
require ABSPATH . 'wp-load.php';
require ABSPATH . 'wp-admin/includes/upgrade.php';
// WordPress would mail its new administrator; this machine has no mail to send.
function wp_new_blog_notification() {}
$result = wp_install('Test newsroom', 'editor', 'editor@example.invalid', false, '', wp_generate_password(20));
echo $result['user_id'], "\\n";
`);
  await writeFile(join(dir, 'publish.php'), `<?php
require ABSPATH . 'wp-load.php';
$id = wp_insert_post(['post_title' => $argv[1], 'post_content' => $argv[2], 'post_status' => 'publish', 'post_author' => 1], true);
if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message() . "\\n"); exit(1); }
echo get_permalink($id), "\\n";
`);
  const prepend = join(dir, 'prepend.php');
  await writeFile(prepend, `<?php\ndefine('ABSPATH', ${php(site + '/')});\n`);
  return prepend;
}

/** PHP's own web server running WordPress, once it answers. */
async function startPhpServer(command, url, dir) {
  const log = join(dir, 'php.log');
  const out = openSync(log, 'a');
  const server = spawn(command[0], command.slice(1), { stdio: ['ignore', out, out] });
  const answers = async () => {
    try {
      return (await fetch(url + '/wp-login.php', { redirect: 'manual' })).status < 500;
    } catch {
      return false;
    }
  };
  await waitFor(answers, server, async () => `PHP's server did not answer on ${url}: ${await tail(log)}`);
  return server;
}

/** Waits until `ready()` holds, failing with `why()` if `child` exits or 30 s pass. */
async function waitFor(ready, child, why) {
  for (let i = 0; i < 300; i++) {
    if (await ready()) return;
    if (child.exitCode !== null || child.signalCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(await why());
}

/** Runs a command to its end and resolves to its output; rejects with it on failure. */
function run([program, ...args], what) {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk) => { out += chunk; });
    child.stderr.on('data', (chunk) => { out += chunk; });
    child.on('error', (error) => reject(new Error(`${what}: ${error.message}`)));
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${what} failed (${code}): ${out}`))));
  });
}

/** A port of 127.0.0.1 that nothing listens on now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** The end of a log file, for an error message. */
async function tail(file) {
  try {
    return (await readFile(file, 'utf8')).trim().split('\n').slice(-5).join('\n');
  } catch {
    return '(no log)';
  }
}
