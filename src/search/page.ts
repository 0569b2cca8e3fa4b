/**
 * The /search/ page's script (bundled for the browser by search-files.ts): reads the query and
 * filters from the form and the address, runs the engine, shows the hits. Without JavaScript the
 * page says so and links to the topic and country pages (templates/search.11ty.ts).
 */
import { SearchEngine, type Filters, type Hit } from "./engine.ts";

const PAGE = 10;

function koreanDate(date: string | null): string {
  if (!date) return "날짜 미상";
  const [y, m, d] = date.split("-").map(Number);
  return `${y}년 ${m}월 ${d}일`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function start(): void {
  const root = document.querySelector<HTMLElement>("[data-search]");
  const form = document.querySelector<HTMLFormElement>("form[role=search]");
  if (!root || !form) return;
  const prefix = (root.dataset.prefix ?? "/").replace(/\/?$/, "/");
  const engine = new SearchEngine(async (path) => {
    const response = await fetch(`${prefix}${path}`);
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    return response.arrayBuffer();
  });
  const input = form.querySelector<HTMLInputElement>("input[name=q]")!;
  const status = root.querySelector<HTMLElement>("[data-status]")!;
  const list = root.querySelector<HTMLOListElement>("[data-results]")!;
  const more = root.querySelector<HTMLButtonElement>("[data-more]")!;
  const select = (name: string) => form.querySelector<HTMLSelectElement>(`select[name=${name}]`);
  root.hidden = false;

  let shown = 0;
  let current = "";
  const link = (url: string) => `${prefix.replace(/\/$/, "")}${url}`;
  const item = (h: Hit) =>
    `<li><h2><a href="${escapeHtml(link(h.url))}">${escapeHtml(h.title)}</a></h2><p class="meta">${koreanDate(h.date)}${h.publisher ? ` · ${escapeHtml(h.publisher)}` : ""}</p><p class="snippet">${h.snippet}</p></li>`;

  const run = async (append: boolean) => {
    const query = input.value.trim();
    const filters: Filters = {};
    const topic = select("topic")?.value;
    const country = select("country")?.value;
    if (topic) filters.topic = topic;
    if (country) filters.country = country;
    const key = JSON.stringify([query, filters]);
    if (!append) {
      shown = 0;
      current = key;
      list.innerHTML = "";
    }
    more.hidden = true;
    if (!query) {
      status.textContent = "검색어를 입력하세요.";
      return;
    }
    status.textContent = "찾는 중…";
    try {
      const results = await engine.search(query, filters, PAGE, shown);
      if (key !== current) return; // a newer search started
      list.insertAdjacentHTML("beforeend", results.hits.map(item).join(""));
      shown += results.hits.length;
      status.textContent = results.total ? `‘${query}’ 검색 결과 ${results.total.toLocaleString("ko-KR")}건` : `‘${query}’에 맞는 기사가 없습니다.`;
      more.hidden = shown >= results.total;
    } catch {
      status.textContent = "검색 색인을 읽지 못했습니다. 잠시 뒤 다시 해 보세요.";
    }
  };

  const params = new URLSearchParams(location.search);
  input.value = params.get("q") ?? "";
  for (const name of ["topic", "country"]) {
    const s = select(name);
    if (s) s.value = params.get(name) ?? "";
  }
  const update = () => {
    const next = new URLSearchParams();
    if (input.value.trim()) next.set("q", input.value.trim());
    for (const name of ["topic", "country"]) if (select(name)?.value) next.set(name, select(name)!.value);
    history.replaceState(null, "", `${location.pathname}${next.size ? `?${next}` : ""}`);
    void run(false);
  };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    update();
  });
  for (const name of ["topic", "country"]) select(name)?.addEventListener("change", update);
  more.addEventListener("click", () => void run(true));
  if (input.value) void run(false);
}

start();
