# prescreen image (API: `serve`, workers: `worker`): Node 20 running the TypeScript sources through tsx (no build step),
# plus Debian's tesseract for OCR of scanned PDF pages (PRESCREEN_OCR=auto picks it up).
FROM node:20-bookworm-slim

RUN apt-get update \
 && apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-eng \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
# tsx is a runtime dependency, so dev dependencies (typescript, vitest) can stay out.
RUN npm ci --omit=dev && npm cache clean --force
COPY bin ./bin
COPY src ./src
COPY pipelines ./pipelines

RUN mkdir -p /data && chown node:node /data
ENV PRESCREEN_DATA_DIR=/data
USER node
EXPOSE 3000
# node directly, not `npx prescreen`: npx does not pass SIGTERM on to the worker, so `docker stop`
# would kill it without the graceful close (measured: the worker outlived npx).
CMD ["node", "bin/prescreen.js", "worker"]
