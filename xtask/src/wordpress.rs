//! The WordPress the end-to-end tests embed the explainer in: Debian's own `wordpress` package
//! and its default theme, unpacked into target/wordpress/ rather than installed, with the
//! database server and PHP that run it.
//!
//! Unpacked, not installed: the package depends on a web server and PHP's Apache module, so
//! installing it would leave Apache running on port 80 of a developer's machine. The test needs
//! none of that: it runs WordPress from the unpacked files with PHP's own server and a private
//! MariaDB in a temporary folder (tests/e2e/wordpress.mjs), and stops both when it is done.

use std::path::PathBuf;

use crate::{apt, apt_install, command, missing_packages, output, root, run, say, Result};

/// Debian's packages of WordPress and of the theme its posts are shown in.
const PACKAGES: [&str; 2] = ["wordpress", "wordpress-theme-twentytwentythree"];

/// WordPress's files, unpacked from Debian's packages when they are not there yet; and the
/// database server and PHP, installed from Debian when they are missing. Returns WordPress's
/// folder (the package's /usr/share/wordpress).
pub fn ensure_wordpress() -> Result<PathBuf> {
    // The database server alone (no service is started) and PHP's command line with its MySQL
    // driver: what runs WordPress without a web server.
    let mut missing = missing_packages(&[
        ("mariadb-server-core", "/usr/sbin/mariadbd"),
        // mariadb-install-db reads its settings with my_print_defaults, a client tool.
        ("mariadb-client-core", "/usr/bin/my_print_defaults"),
        ("php-cli", "/usr/bin/php"),
    ]);
    let modules = output(command("php").arg("-m")).unwrap_or_default();
    if !modules.lines().any(|module| module == "mysqli") {
        missing.push("php-mysql");
    }
    apt_install(
        &missing,
        "a database server and PHP, to run WordPress in a test",
    )?;

    let unpacked = root().join("target/wordpress");
    let wordpress = unpacked.join("usr/share/wordpress");
    let theme = wordpress.join("wp-content/themes/twentytwentythree/theme.json");
    if wordpress.join("wp-settings.php").is_file() && theme.is_file() {
        return Ok(wordpress);
    }
    say(&format!(
        "Unpacking Debian's {} into {} (apt-get download, dpkg-deb -x; not installed, so no web server is started)",
        PACKAGES.join(" and "),
        unpacked.display()
    ));
    let debs = root().join("target/wordpress-debs");
    let _ = std::fs::remove_dir_all(&debs);
    std::fs::create_dir_all(&debs).map_err(|e| format!("cannot create {}: {e}", debs.display()))?;
    let download = || {
        run(command("apt-get")
            .arg("download")
            .args(PACKAGES)
            .current_dir(&debs))
    };
    if download().is_err() {
        // A fresh machine's package lists may be empty: read them, then ask again.
        apt(&["update"])?;
        download()?;
    }
    for package in PACKAGES {
        let deb = std::fs::read_dir(&debs)
            .map_err(|e| format!("cannot list {}: {e}", debs.display()))?
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .find(|path| {
                path.file_name()
                    .and_then(|name| name.to_str())
                    .is_some_and(|name| {
                        name.starts_with(&format!("{package}_")) && name.ends_with(".deb")
                    })
            })
            .ok_or(format!("apt-get download gave no {package} package"))?;
        run(command("dpkg-deb").arg("-x").arg(&deb).arg(&unpacked))?;
    }
    if !theme.is_file() {
        return Err(format!(
            "{} has no WordPress with its theme",
            unpacked.display()
        ));
    }
    Ok(wordpress)
}
