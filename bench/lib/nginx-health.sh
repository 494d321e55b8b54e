# Sourced by the benchmarks: nginx serving a file as `GET /health`, the HTTP half (H) of an
# endpoint's physical limit L = 1 / (1/H + 1/P) (README, "Benchmarks").
#
#   start_nginx_health DIR PORT JSON_FILE   # starts nginx with its prefix in DIR; sets nginx_pid
#
# Keep-alive without a request limit, no access log, one worker per core, SO_REUSEPORT: the
# cheapest keep-alive HTTP/1.1 answer this machine can give. The caller stops it
# (`kill -QUIT "$nginx_pid"`), usually from its cleanup trap.
start_nginx_health() {
    local dir=$1 port=$2 json=$3
    local nginx=${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}
    [ -x "$nginx" ] || { echo "missing nginx" >&2; return 2; }
    mkdir -p "$dir/logs"
    cp "$json" "$dir/health.json"
    chmod 644 "$dir/health.json"
    cat > "$dir/nginx.conf" <<CONF
worker_processes auto;
pid $dir/nginx.pid;
error_log $dir/logs/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    keepalive_timeout 60s;
    keepalive_requests 1000000;
    client_body_temp_path $dir/body;
    proxy_temp_path $dir/proxy;
    fastcgi_temp_path $dir/fastcgi;
    uwsgi_temp_path $dir/uwsgi;
    scgi_temp_path $dir/scgi;
    server {
        listen 127.0.0.1:$port reuseport;
        location = /health {
            default_type application/json;
            alias $dir/health.json;
        }
    }
}
CONF
    "$nginx" -p "$dir" -c "$dir/nginx.conf" -g 'daemon off;' &
    nginx_pid=$!
    for _ in $(seq 1 100); do
        curl -fsS -o /dev/null "http://127.0.0.1:$port/health" 2>/dev/null && return 0
        sleep 0.1
    done
    echo "nginx did not answer on port $port" >&2
    return 1
}
