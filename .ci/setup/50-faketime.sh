# Debian's faketime, for the check that runs the tests again on another day and in
# another time zone (.ci/checks/50-another-day.sh).
apt_install faketime
